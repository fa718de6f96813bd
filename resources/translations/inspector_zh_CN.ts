<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Describe</name>
    <message>
        <location filename="../../inspector/ui/describe.py" line="+62"/>
        <source>Select an indicator to see how it is scored.</source>
        <translation>在上方选择一项指标，查看其评分细则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring method:</source>
        <translation>评分方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring rule:</source>
        <translation>计分规则：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence methods:</source>
        <translation>评估方法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance:</source>
        <translation>评分细则：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full marks: %1 points.</source>
        <translation>满分 %1 分。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this has happened, the school cannot be given a passing grade.</source>
        <translation>如发生此项，实行一票否决，不能评为合格及以上等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prerequisite</source>
        <translation>基本条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this is not met, the school cannot be given a passing grade.</source>
        <translation>如不满足此项，不能评为合格及以上等级。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give 0 to %1 points, in steps of %2.</source>
        <translation>在 0～%1 分之间评分，最小计分单位为 %2 分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from %1 points and deduct for each shortfall, down to 0:</source>
        <translation>满分 %1 分，发现以下问题逐项扣分，扣完为止：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deduct %2 points each time</source>
        <translation>%1：每处扣 %2 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: deduct %2 points</source>
        <translation>%1：扣 %2 分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a level; the score is %1 points × its coefficient: %2</source>
        <translation>评定等级，得分 = %1 分 × 等级系数：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of the standard met decides the score:</source>
        <translation>按达成度计分：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1% met: %2 points</source>
        <translation>达成 %1% 及以上：得 %2 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met: %1 points; not met: 0 points.</source>
        <translation>达标得 %1 分，不达标得 0 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A written finding; no points.</source>
        <translation>填写文字评价，不计分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>★ Key indicator.</source>
        <translation>★ 关键指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be marked not applicable: then left out of the full marks.</source>
        <translation>可判为不适用；不适用时不计入满分，按比例折算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be marked not applicable: then given full marks.</source>
        <translation>可判为不适用；不适用时直接得满分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence: %1.</source>
        <translation>须提供佐证：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written note</source>
        <translation>文字记录</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../inspector/ui/problems_dialog.py" line="+24"/>
        <source>Rubric files that could not be loaded</source>
        <translation>无法加载的评估标准文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files were skipped; the other rubrics can be used as usual. Correct the files (or ask the education bureau for corrected ones) and open the app again.</source>
        <translation>以下文件已跳过，其他评估标准可照常使用。请修正这些文件（或向教育局索取修正后的文件），然后重新打开本程序。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>RubricBrowser</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/rubric_browser.py" line="+66"/>
        <source>%n rubric(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 套评估标准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be loaded.</source>
        <translation>
            <numerusform>%n 个文件无法加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rubric file(s) could not be loaded and were skipped.</source>
        <translation>
            <numerusform>有 %n 个评估标准文件无法加载，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a rubric on the left.</source>
        <translation>请在左侧选择一套评估标准。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rubrics were found. Copy rubric files (.yaml) into %1 and open the app again.</source>
        <translation>未找到评估标准。请将评估标准文件（.yaml）复制到 %1，然后重新打开本程序。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Yuhang District Education Inspection Tool&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Offline evaluation of schools and kindergartens against the district&apos;s inspection rubrics, for the inspectors of the Yuhang District Education Bureau.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;余杭区教育督导评估工具&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;供余杭区教育局督学使用，依据督导评估标准对学校和幼儿园进行离线评估。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_browser.ui" line="+14"/>
        <source>Yuhang District Education Inspection Tool</source>
        <translation>余杭区教育督导评估工具</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Show problems…</source>
        <translation>查看问题…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Available rubrics</source>
        <translation>可用的评估标准</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Rubric</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued by:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Effective from:</source>
        <translation>施行日期：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>School types:</source>
        <translation>适用学校：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content hash:</source>
        <translation>内容校验码：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scoring details</source>
        <translation>指标详情</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RubricListModel</name>
    <message>
        <location filename="../../inspector/ui/rubric_list_model.py" line="+69"/>
        <source>Rubric</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <location filename="../../inspector/ui/rubric_tree_model.py" line="+73"/>
        <source>Bonus items</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites</source>
        <translation>基本条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto items</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Key indicator</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>评分方式</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../inspector/ui/startup.py" line="+30"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation database could not be opened safely.</source>
        <translation>评估数据库无法安全打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup is %1. Restoring it keeps the damaged file in the backups folder; nothing is deleted.</source>
        <translation>最新的备份是 %1。恢复后，损坏的文件会保留在备份文件夹中，不会删除任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was found. Choose a backup file, or quit and ask for help.</source>
        <translation>未找到备份。请选择一个备份文件，或退出并联系技术支持。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
</TS>
