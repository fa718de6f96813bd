<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerInputs</name>
    <message>
        <location filename="../../inspector/ui/evaluation/answer_inputs.py" line="+225"/>
        <source>0 to %1 points, in steps of %2. Enter saves and moves on.</source>
        <translation>0～%1 分，最小计分单位 %2 分。按 Enter 保存并跳到下一项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/ %1 points</source>
        <translation>/ %1 分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Percent of the standard met (0–100). Enter saves and moves on.</source>
        <translation>达成度百分比（0～100）。按 Enter 保存并跳到下一项。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>→ up to %1 points</source>
        <translation>→ 最高 %1 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ band ≥%1%: %2 points</source>
        <translation>→ 达成 %1% 及以上档：%2 分</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No shortfall (full marks)</source>
        <translation>无扣分项（满分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to deduct: %1 points (key 0)</source>
        <translation>无扣分：得 %1 分（按键 0）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How many times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>−%1 each</source>
        <translation>每处 −%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write here…</source>
        <translation>在此填写…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the finding… (Ctrl+Enter saves and moves on)</source>
        <translation>填写评估意见…（Ctrl+Enter 保存并跳到下一项）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Did not occur</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The veto condition did not occur</source>
        <translation>未发生否决情形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred</source>
        <translation>发生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The veto condition occurred: the school fails</source>
        <translation>发生否决情形：一票否决，评为不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The prerequisite is met</source>
        <translation>满足基本条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Not met</source>
        <translation>不达标</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The prerequisite is not met: the school fails</source>
        <translation>不满足基本条件：评为不合格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 × %3 = %4 points</source>
        <translation>%1：%2 × %3 = %4 分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Met: %1 points</source>
        <translation>达标：得 %1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met: 0 points</source>
        <translation>不达标：得 0 分</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../inspector/ui/app_window.py" line="+40"/>
        <source>Yuhang education inspection</source>
        <translation>余杭区教育督导评估工具</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New evaluation…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open PDF or certificate…</source>
        <translation>打开 PDF 或证书(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Home</source>
        <translation>主页(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubrics…</source>
        <translation>评估标准(&amp;R)…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox and sync…</source>
        <translation>发件箱与同步(&amp;O)…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Team</source>
        <translation>专家组(&amp;T)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>&amp;New team evaluation…</source>
        <translation>新建专家组评估(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge scoresheets…</source>
        <translation>合并评分表(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join a team…</source>
        <translation>加入专家组(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand in my scoresheet…</source>
        <translation>提交我的评分表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send through the bureau…</source>
        <translation>经督导室发送(&amp;S)…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuhang education inspection, version %1.
Data folder: %2</source>
        <translation>余杭区教育督导评估工具，版本 %1。
数据文件夹：%2</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../inspector/messages.py" line="+41"/>
        <source>no such item in this rubric</source>
        <translation>评估标准中没有这个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a veto item takes true or false (true if the veto condition occurred), got {got}</source>
        <translation>否决项只能填“是”或“否”（发生否决情形为“是”），收到的是 {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prerequisite takes true or false (true if it is met), got {got}</source>
        <translation>基本条件只能填“是”或“否”（满足为“是”），收到的是 {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a group indicator; answer its items instead</source>
        <translation>这是上级指标，请对其下的评估要点评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this item cannot be marked not applicable (NA)</source>
        <translation>该项目不允许标记为“不适用”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number, got {got}</source>
        <translation>需要填写数字，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a finite number, got {got}</source>
        <translation>需要填写有效的数字，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {value} is out of range 0–{maximum}</source>
        <translation>得分 {value} 超出范围 0–{maximum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score {value} is not a multiple of the step {step}</source>
        <translation>得分 {value} 不是计分单位 {step} 的整数倍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent met {value} is out of range 0–100</source>
        <translation>达成比例 {value} 超出范围 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one of the levels {levels}, got {got}</source>
        <translation>需要选择等级 {levels} 之一，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected true (达标) or false (不达标), got {got}</source>
        <translation>需要选择“达标”或“不达标”，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of deduction keys, got {got}</source>
        <translation>需要选择扣分项，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown deduction key &apos;{key}&apos; (known: {known})</source>
        <translation>没有扣分项“{key}”（可选：{known}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction &apos;{key}&apos; can only be listed once</source>
        <translation>扣分项“{key}”只能选一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a written finding (text), got {got}</source>
        <translation>需要填写文字评价，收到的是 {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluation {id} is {status} and cannot change; it was reopened as {new}</source>
        <translation>评估 {id} 已定稿（{status}），不能修改；它已重开为新修订 {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} is {status} and cannot change; reopen it as a new revision to change it</source>
        <translation>评估 {id} 已定稿（{status}），不能修改；如需修改，请重开为新修订</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluation {id} is an expert team&apos;s evaluation; its scores and notes are the merge of the members&apos; scoresheets. Settle the item instead (`team settle`, or 专家组 → 合并评分表 in the app)</source>
        <translation>评估 {id} 是专家组评估，其评分和说明由各组员评分表合并产生，不能直接修改。请由组长裁定（专家组 → 合并评分表，或命令 `team settle`）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is already attached to {target}</source>
        <translation>{name} 已经附在 {target} 上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already attached to this evaluation</source>
        <translation>{name} 已经附在本次评估上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>{name} 超过 {megabytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a finding needs a text</source>
        <translation>评估意见不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“{text}”不是日期（格式为 年-月-日，如 2026-11-29）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation {id} is still a draft; it can be edited directly</source>
        <translation>评估 {id} 尚未定稿，可以直接修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} was already reopened as {new}</source>
        <translation>评估 {id} 已经重开为新修订 {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no signing key at {path} (create one with `keys init`)</source>
        <translation>{path} 处没有签名密钥（可用命令 `keys init` 创建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a PKCS#12 key file</source>
        <translation>{path} 不是 PKCS#12 密钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for {path}</source>
        <translation>{path} 的口令不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate expired on {date}</source>
        <translation>证书已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this certificate is not for your key (it was issued for another request)</source>
        <translation>这份证书不是为您的密钥签发的（它对应另一份证书申请）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a self-signed certificate, not one issued by the bureau</source>
        <translation>这是自签名证书，不是督导室签发的证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name must have 1 to 64 characters</source>
        <translation>姓名须为 1～64 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the inspector id must have 1 to 64 letters, digits or - . / : ( )</source>
        <translation>督学编号须为 1～64 个字母、数字或 - . / : ( )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organization must have 1 to 64 characters</source>
        <translation>单位名称须为 1～64 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signing key already exists at {path}; replacing it would make your certificate useless</source>
        <translation>{path} 处已有签名密钥；替换它会使您的证书失效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no key and certificate</source>
        <translation>{path} 中没有密钥和证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the certificate does not belong to the key</source>
        <translation>{path}：证书与密钥不匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no certificate request at {path} (create one with `keys init`)</source>
        <translation>{path} 处没有证书申请（请先创建签名密钥，或用命令 `keys init` 创建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no certificate found</source>
        <translation>没有找到证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate was not issued by the CA certificate given with it</source>
        <translation>证书不是由随附的 CA 证书签发的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate does not allow document signing (key usage digitalSignature + nonRepudiation needed)</source>
        <translation>证书不允许签署文档（需要密钥用途 digitalSignature 和 nonRepudiation）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase must not be empty</source>
        <translation>口令不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a certificate (PEM or DER)</source>
        <translation>{path}：不是证书文件（PEM 或 DER）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable PDF ({detail})</source>
        <translation>{path} 不是可读取的 PDF（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is encrypted; encrypted PDFs are not signed here</source>
        <translation>{path} 已加密；本工具不签署加密的 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} has no empty signature field (signed: {signed})</source>
        <translation>{path} 没有空的签名栏（已签：{signed}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field {field} is already signed</source>
        <translation>签名栏 {field} 已经签过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no signature field {field} (empty fields: {empty})</source>
        <translation>{path} 没有签名栏 {field}（空签名栏：{empty}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first signature can certify the document</source>
        <translation>只有第一个签名可以认证文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot sign {path}: {detail}</source>
        <translation>无法签署 {path}：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the signature image {path}: {detail}</source>
        <translation>无法读取签名图片 {path}：{detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bureau cannot be reached ({detail})</source>
        <translation>无法连接督导室（{detail}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau refused this laptop&apos;s access token (enrol again)</source>
        <translation>督导室拒绝了本机的访问令牌（请重新注册）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau answered HTTP {status}: {text}</source>
        <translation>督导室返回 HTTP {status}：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploading file {digest}: the bureau answered HTTP {status}: {text}</source>
        <translation>上传文件 {digest}：督导室返回 HTTP {status}：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file {digest} is missing from this laptop: {detail}</source>
        <translation>本机缺少文件 {digest}：{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau&apos;s address starts with https:// (or http:// on a test network)</source>
        <translation>督导室地址应以 https:// 开头（测试网络可用 http://）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this scoresheet belongs to another team evaluation</source>
        <translation>这份评分表属于另一个专家组评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{member} is not a member of this team</source>
        <translation>{member} 不是本专家组的成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scoresheet of {member} is signed by {signer}</source>
        <translation>{member} 的评分表却是由 {signer} 签名的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scoresheet was scored against another rubric version</source>
        <translation>这份评分表使用的是另一版本的评估标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} is {status}: no more scoresheets</source>
        <translation>评估 {id} 已定稿（{status}），不能再导入评分表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo {name} of this scoresheet is missing</source>
        <translation>评分表中的照片 {name} 缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo {name} was changed after signing</source>
        <translation>照片 {name} 在签名后被改动过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why (the reason goes into the audit trail)</source>
        <translation>请填写理由（理由将写入修改记录）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a settlement needs an answer</source>
        <translation>裁定需要给出最终答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation {id} is {status}; reopen it to settle again</source>
        <translation>评估 {id} 已定稿（{status}）；如需重新裁定，请先重开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the invitation is not signed by the team&apos;s lead</source>
        <translation>这份邀请不是由专家组组长签名的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member is listed twice</source>
        <translation>有成员被重复列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team has 2 to 9 members (the lead included)</source>
        <translation>专家组应有 2 至 9 名成员（含组长）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode is parallel (everyone scores everything) or split (by area)</source>
        <translation>评估方式只能是并行（每位成员评全部指标）或分工（按一级指标分工）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split work needs an owner for every area (missing: {missing})</source>
        <translation>分工评估时，每个一级指标都要有负责人（缺少：{missing}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owners are given for {areas}, which are not areas (一级指标) of this rubric</source>
        <translation>为 {areas} 指定了负责人，但它们不是本评估标准的一级指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owners must be members: {owners}</source>
        <translation>负责人必须是专家组成员：{owners}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a team file ({detail})</source>
        <translation>{path}：不是专家组文件（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a scoresheet file ({detail})</source>
        <translation>{path}：不是评分表文件（{detail}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scoresheet of {member}: {item}: {detail}</source>
        <translation>{member} 的评分表：{item}：{detail}</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../inspector/ui/describe.py" line="+51"/>
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
    <name>DocumentWindow</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/document_window.py" line="+30"/>
        <source>Open PDF or certificate</source>
        <translation>打开 PDF 或证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or certificate (%1)</source>
        <translation>PDF 或证书 (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — Document</source>
        <translation>%1 — 文档</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/enroll_dialog.py" line="+27"/>
        <source>Enrol with the bureau</source>
        <translation>注册到督导室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bureau&apos;s address and the one-time code the inspection office gave you. Your signing key gets its certificate from the bureau.</source>
        <translation>请输入督导室服务器地址和督导室发给您的一次性注册码。您的签名密钥将获得督导室签发的证书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as given by the bureau, e.g. 7F3A-19C2-8B04-D6E5</source>
        <translation>由督导室提供，例如 7F3A-19C2-8B04-D6E5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bureau address:</source>
        <translation>督导室地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code:</source>
        <translation>一次性注册码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key passphrase:</source>
        <translation>密钥口令：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All three are needed.</source>
        <translation>三项都必须填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../inspector/ui/evaluation/evaluation_page.py" line="+36"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unanswered</source>
        <translation>下一未评项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen as new revision…</source>
        <translation>重新打开为新版本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>导出评估报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · read-only</source>
        <translation> · 只读</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reopen as new revision</source>
        <translation>重新打开为新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the evaluation reopened? (kept in the audit trail)</source>
        <translation>为什么重新打开此评估？（原因将记入修改记录）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the report to sign</source>
        <translation>选择要签名的评估报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EvaluationSession</name>
    <message>
        <location filename="../../inspector/ui/evaluation/session.py" line="+177"/>
        <source>This evaluation is finalized and cannot change.</source>
        <translation>此评估已定稿，不能再修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an expert team&apos;s evaluation: its scores are the merge of the members&apos; scoresheets. Settle items in Team → Merge scoresheets.</source>
        <translation>这是专家组评估：评分由各组员的评分表合并而来。请在“专家组 → 合并评分表”中裁定。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-evaluation %1</source>
        <translation>自评 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note %1</source>
        <translation>说明 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>EvaluationTreeModel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/tree_model.py" line="+195"/>
        <source>Prerequisites</source>
        <translation>基本条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto items</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location line="+103"/>
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
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items answered</source>
        <translation>已评项数</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 occurred</source>
        <translation>发生 %1 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not met</source>
        <translation>%1 项不满足</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Occurred</source>
        <translation>发生</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Not occurred</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>★ Key indicator</source>
        <translation>★ 关键指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split work: %1 scores this</source>
        <translation>分工：由 %1 评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus items add %1 points (cap %2); counted: %3</source>
        <translation>加分项合计 %1 分（上限 %2 分），计入 %3 分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 items answered</source>
        <translation>共 %2 项，已评 %1 项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>written note</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing required evidence: %1</source>
        <translation>缺少必需的佐证：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 items lack required evidence</source>
        <translation>%1 项缺少必需的佐证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly answered</source>
        <translation>部分已评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>已评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/evidence_panel.py" line="+70"/>
        <source>Strength</source>
        <translation>亮点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification requirement</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove finding</source>
        <translation>删除评估意见</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+151"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Findings</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected finding (Delete)</source>
        <translation>删除所选评估意见（Delete）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole evaluation</source>
        <translation>整个评估</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deadline for the rectification</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New finding… (Enter adds it)</source>
        <translation>新增评估意见…（按 Enter 添加）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>or drop files here</source>
        <translation>或将文件拖放到此处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photos or documents…</source>
        <translation>添加照片或文档…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Item %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>针对 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the whole evaluation</source>
        <translation>针对整个评估</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No findings recorded yet.</source>
        <translation>尚未记录评估意见。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings for this item yet.</source>
        <translation>此项目尚无评估意见。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>General</source>
        <translation>总体</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove this finding?

%1</source>
        <translation>删除这条评估意见？

%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos and documents (%1)</source>
        <translation>照片和文档（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a photo is required</source>
        <translation>须提供照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos or documents for this item yet. Drop files here or use “Add photos or documents…”.</source>
        <translation>此项目尚无照片或文档。可将文件拖放到此处，或使用“添加照片或文档…”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents for this item.</source>
        <translation>此项目没有照片或文档。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add photos or documents</source>
        <translation>添加照片或文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>照片和文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../inspector/ui/exports/export_dialog.py" line="+167"/>
        <source>Export report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report of %1 — %2</source>
        <translation>评估报告：%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook of %1 — %2</source>
        <translation>工作簿：%1 — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign now…</source>
        <translation>立即签名…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is ready to sign.</source>
        <translation>评估报告已导出，可以签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook is saved.</source>
        <translation>工作簿已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export %1</source>
        <translation>无法导出 %1</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location filename="../../inspector/ui/evaluation/finalize_dialog.py" line="+28"/>
        <source>Finalize the evaluation</source>
        <translation>评估定稿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total %1 / %2 (%3%) · Grade: %4</source>
        <translation>总分 %1 / %2（%3%）· 等级：%4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please confirm the following before finalizing:</source>
        <translation>定稿前请确认以下事项：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is answered and every required piece of evidence is there.</source>
        <translation>所有项目均已评定，所需佐证均已齐全。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have checked the scores; after finalizing the evaluation can no longer be changed (only reopened as a new revision).</source>
        <translation>我已核对评分；定稿后评估将不能再修改（只能重新打开为新版本）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../inspector/ui/history_dialog.py" line="+41"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation</source>
        <translation>自评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded by</source>
        <translation>被新版本取代</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength</source>
        <translation>亮点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>修改项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by item code, for example B1.2</source>
        <translation>按项目编号筛选，例如 B1.2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · visit of %3 · revision %4</source>
        <translation>%1 · %2 · 督导日期 %3 · 第 %4 版</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>共 %n 条修改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>revision %1, from %2</source>
        <translation>第 %1 版，源自 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(by %1)</source>
        <translation>（期限：%1）</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <location filename="../../inspector/ui/home/home_model.py" line="+71"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Superseded</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (projected)</source>
        <translation>%1（预估）</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Replaced by a newer revision; open the newest one to make changes.</source>
        <translation>已被新版本取代；如需修改，请打开最新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score could not be computed.</source>
        <translation>无法计算得分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the score…</source>
        <translation>正在计算得分…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of full marks</source>
        <translation>得分率 %1%</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rubric</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit date</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <location filename="../../inspector/ui/home/home_panel.py" line="+84"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>共 %n 次评估</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation matches the search and the filters.</source>
        <translation>没有符合搜索和筛选条件的评估。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluations yet. Click “New evaluation…” to start one.</source>
        <translation>还没有评估。点击“新建评估…”开始评估。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Why is this evaluation being reopened? The reason is kept in its history.</source>
        <translation>为什么重新打开此评估？原因将记入修改记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Reopen as new revision</source>
        <translation>重新打开为新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reopen</source>
        <translation>无法重新打开</translation>
    </message>
    <message>
        <location filename="../../forms/home_panel.ui" line="+37"/>
        <source>Search by school, town, rubric or team member</source>
        <translation>按学校、镇街、评估标准或评估组成员搜索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To&amp;wn:</source>
        <translation>镇街(&amp;W)：</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;New evaluation…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new revision of this finalized evaluation; both revisions are kept.</source>
        <translation>为此已定稿的评估新建一个版本；新旧版本均会保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen as new revision…</source>
        <translation>重新打开为新版本(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/image_view.py" line="+50"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This image cannot be shown: %1</source>
        <translation>无法显示此图片：%1</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/item_panel.py" line="+193"/>
        <location filename="../../forms/item_panel.ui" line="+183"/>
        <source>Inspector&apos;s score</source>
        <translation>督学评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector&apos;s answer</source>
        <translation>督学评定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite</source>
        <translation>基本条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered yes or no; decides whether the school can pass.</source>
        <translation>只判定是或否；决定学校能否评为合格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus items</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence methods</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written note</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required evidence: %1</source>
        <translation>须提供佐证：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Not answered yet.</source>
        <translation>尚未评定。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The veto applies: the school cannot be given a passing grade.</source>
        <translation>发生否决情形：实行一票否决，不能评为合格及以上等级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>No effect on the score.</source>
        <translation>不影响得分。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not met: the school cannot be given a passing grade.</source>
        <translation>不满足：不能评为合格及以上等级。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not applicable.</source>
        <translation>不适用。</translation>
    </message>
    <message>
        <location filename="../../forms/item_panel.ui" line="-117"/>
        <source>Key indicator</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No evaluation is open.</source>
        <translation>未打开任何评估。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>School&apos;s self-evaluation</source>
        <translation>学校自评</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mark this item as not applicable to this school (Ctrl+Shift+N)</source>
        <translation>将此项目标记为对本校不适用（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What you saw, who you spoke to, documents checked… Saved automatically.</source>
        <translation>现场所见、访谈对象、查阅的资料…（自动保存）</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <location filename="../../inspector/ui/new_evaluation_dialog.py" line="+52"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a school first</source>
        <translation>请先选择学校</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rubric applies to this type of school</source>
        <translation>没有适用于此类学校的评估标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a rubric</source>
        <translation>请选择评估标准</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name at least one member of the team.</source>
        <translation>请至少填写一名评估组成员。</translation>
    </message>
    <message>
        <location filename="../../forms/new_evaluation_dialog.ui" line="+14"/>
        <source>New evaluation</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Choose the &amp;school:</source>
        <translation>1. 选择学校(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name, town or code</source>
        <translation>按名称、镇街或代码搜索</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>2. Choose the rubric and describe the visit:</source>
        <translation>2. 选择评估标准并填写督导信息：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Rubric:</source>
        <translation>评估标准(&amp;R)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Visit date:</source>
        <translation>督导日期(&amp;V)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Kind of visit:</source>
        <translation>督导类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Team:</source>
        <translation>评估组成员(&amp;T)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Others:</source>
        <translation>其他成员(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other team members, separated by commas</source>
        <translation>其他评估组成员，用逗号分隔</translation>
    </message>
</context>
<context>
    <name>NewTeam</name>
    <message>
        <location filename="../../inspector/ui/team/new_team_dialog.py" line="+80"/>
        <source>New expert-team evaluation</source>
        <translation>新建专家组评估</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search schools by name or code</source>
        <translation>按校名或代码搜索学校</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubric:</source>
        <translation>评估标准：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit date:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead: %1 (%2), you</source>
        <translation>组长：%1（%2），即您本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead: unknown — set up your signing key first (the lead signs the invitation)</source>
        <translation>组长：未知——请先设置签名密钥（邀请须由组长签名）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspector ID</source>
        <translation>督学编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID must be the inspector ID on the member&apos;s signing certificate</source>
        <translation>编号须与该成员签名证书上的督学编号一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parallel: everyone scores every item</source>
        <translation>并行：每位成员评全部指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: each area is scored by its owner</source>
        <translation>分工：各一级指标由负责人评分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members&apos; scores of an item further apart than this share of its points are a disagreement for the lead to settle</source>
        <translation>成员对同一指标的评分相差超过该项分值的这一比例时，视为分歧，由组长裁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the team works</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge rule:</source>
        <translation>合并规则：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement above:</source>
        <translation>分歧阈值：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members (besides the lead):</source>
        <translation>组员（组长以外）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make my own scoresheet on this laptop too</source>
        <translation>同时在本机建立我自己的评分表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export invitation…</source>
        <translation>导出邀请…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a school first</source>
        <translation>请先选择学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rubric applies to this type of school</source>
        <translation>没有适用于此类学校的评估标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rubric</source>
        <translation>请选择评估标准</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose the owner</source>
        <translation>请选择负责人</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In split work each area&apos;s owner decides its items</source>
        <translation>分工评估时，各一级指标以负责人的评分为准</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give every member an ID and a name.</source>
        <translation>请为每位成员填写编号和姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one member besides the lead.</source>
        <translation>除组长外至少还需一名成员。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team evaluation is created. Export the invitation and give it to every member.</source>
        <translation>专家组评估已创建。请导出邀请并发给每位成员。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the invitation</source>
        <translation>导出邀请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team invitations (*.json)</source>
        <translation>专家组邀请 (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the invitation</source>
        <translation>签名邀请</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation written to %1. Give it to every member.</source>
        <translation>邀请已写入 %1，请发给每位成员。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own scoresheet is ready.</source>
        <translation>您自己的评分表已建立。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/printing.py" line="+120"/>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pdf_view/pdf_preview.py" line="+182"/>
        <location line="+12"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This PDF cannot be shown: %1</source>
        <translation>无法显示此 PDF：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This PDF has no pages.</source>
        <translation>此 PDF 没有任何页面。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>of %1</source>
        <translation>/ 共 %1 页</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../inspector/ui/problems_dialog.py" line="+26"/>
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
        <location filename="../../inspector/ui/rubric_browser.py" line="+67"/>
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
    <name>RubricProblems</name>
    <message>
        <location filename="../../inspector/rubrics/problem_messages.py" line="+24"/>
        <source>a mapping</source>
        <translation>键值对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>是非值（true 或 false）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rubric</source>
        <translation>评估标准顶层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group indicator (one with &apos;children&apos;)</source>
        <translation>分组指标（有 &apos;children&apos; 的指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a band</source>
        <translation>达成度档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry of &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; 的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus item</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a grade rule</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field &apos;{key}&apos; in {what}; did you mean &apos;{hint}&apos;?</source>
        <translation>{what}中有未知字段 &apos;{key}&apos;；是否应为 &apos;{hint}&apos;？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field &apos;{key}&apos; in {what}; allowed here: {allowed}</source>
        <translation>{what}中有未知字段 &apos;{key}&apos;；此处可用的字段：{allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is required</source>
        <translation>缺少必填字段 &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be {kind}, not {got}</source>
        <translation>&apos;{key}&apos; 应为{kind}，而不是{got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; 不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is empty</source>
        <translation>&apos;{key}&apos; 为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is {value}; numbers here are at most {maximum} with at most {decimals} decimal places</source>
        <translation>&apos;{key}&apos; 为 {value}；此处的数字不能超过 {maximum}，小数不能超过 {decimals} 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{key}&apos; must be greater than 0, not {value}</source>
        <translation>&apos;{key}&apos; 必须大于 0（现为 {value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must not be negative, not {value}</source>
        <translation>&apos;{key}&apos; 不能为负数（现为 {value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is &apos;{value}&apos;; expected one of: {options}</source>
        <translation>&apos;{key}&apos; 的值 &apos;{value}&apos; 无效；应为以下之一：{options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be a mapping (key: value lines), not {got}</source>
        <translation>{what}必须是键值对（若干“键: 值”行），而不是{got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rubric file must be a mapping of fields, not {got}</source>
        <translation>评估标准文件必须由若干“字段: 值”行组成（键值对），而不是{got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format {format} is not supported by this version of the app (it reads format {supported})</source>
        <translation>本版本软件不支持格式 {format}（只能读取格式 {supported}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;indicators&apos; is required (the indicator tree)</source>
        <translation>缺少必填字段 &apos;indicators&apos;（指标体系）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;indicators&apos; has no indicator</source>
        <translation>&apos;indicators&apos; 中没有任何指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;grades&apos; is required (at least a fallback grade)</source>
        <translation>缺少必填字段 &apos;grades&apos;（至少要有一个兜底等级）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;points&apos; says the rubric is worth {declared}, but its areas add up to {total}</source>
        <translation>&apos;points&apos; 写明满分为 {declared}，但各一级指标的分值之和为 {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;id&apos; is &apos;{id}&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>&apos;id&apos; 为 &apos;{id}&apos;；只能使用字母、数字和 &apos;.&apos;、&apos;_&apos;、&apos;-&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school type &apos;{value}&apos; is unknown; expected: {options}</source>
        <translation>未知的学校类型 &apos;{value}&apos;；可用的类型：{options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;year&apos; {year} is not a plausible year</source>
        <translation>&apos;year&apos; {year} 不是合理的年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;effective&apos; is &apos;{value}&apos;; write a date as YYYY-MM-DD</source>
        <translation>&apos;effective&apos; 为 &apos;{value}&apos;；日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the indicator tree is nested too deeply</source>
        <translation>指标体系嵌套层数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rubric is incomplete</source>
        <translation>评估标准不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level &apos;{name}&apos;: coefficient {value} has more than {decimals} decimal places</source>
        <translation>等级 &apos;{name}&apos;：系数 {value} 的小数超过 {decimals} 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level &apos;{name}&apos; needs a coefficient between 0 and 1, not {got}</source>
        <translation>等级 &apos;{name}&apos; 的系数必须在 0 到 1 之间，而不是{got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>band min {value}% is above 100%</source>
        <translation>达成度档的 min {value}% 超过了 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band fraction {value} is above 1</source>
        <translation>达成度档的 fraction {value} 大于 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;bands&apos; needs at least one band</source>
        <translation>&apos;bands&apos; 至少要有一档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bands must be listed from the highest &apos;min&apos; to the lowest</source>
        <translation>达成度档必须按 &apos;min&apos; 从高到低排列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last band must have &apos;min: 0&apos; so every percent has a band</source>
        <translation>最后一档必须是 &apos;min: 0&apos;，使每个达成度都有对应的档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lower band must not earn a larger fraction than a higher one</source>
        <translation>较低的档的得分比例不能高于较高的档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. A1, B3, C12)</source>
        <translation>编号须由 1–24 个字母、数字或 &apos;.&apos;、&apos;_&apos;、&apos;-&apos; 组成（如 A1、B3、C12）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>编号须由 1–24 个字母、数字或 &apos;.&apos;、&apos;_&apos;、&apos;-&apos; 组成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a top-level area (一级指标) needs &apos;children&apos;; a rubric has {min} to {max} levels</source>
        <translation>一级指标必须有 &apos;children&apos;（下级指标）；评估标准分 {min} 至 {max} 层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too deep: a rubric has at most {max} levels</source>
        <translation>层级过深：评估标准最多分 {max} 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points {declared} declared, but the children add up to {total} ({terms})</source>
        <translation>分值写为 {declared}，但下级指标的分值之和为 {total}（{terms}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a descriptive item carries no points</source>
        <translation>描述性评价要点不设分值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {mode} item needs points above 0</source>
        <translation>评分方式为 {mode} 的要点，分值必须大于 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;requires&apos; lists &apos;{value}&apos;; expected note and/or photo</source>
        <translation>&apos;requires&apos; 中的 &apos;{value}&apos; 无效；只能写 note 和/或 photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence method &apos;{method}&apos; contains a comma; write each method as its own list item</source>
        <translation>评估方法 &apos;{method}&apos; 中含有逗号；每种方法请单独写成列表中的一项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{key}&apos; only applies to mode {wanted}, this item is {mode}</source>
        <translation>&apos;{key}&apos; 只适用于评分方式 {wanted}，本要点的评分方式是 {mode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deduction item needs &apos;deductions&apos; (the checklist)</source>
        <translation>扣分方式的要点需要写 &apos;deductions&apos;（扣分项清单）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction key &apos;{key}&apos; appears twice in this item</source>
        <translation>扣分项代码 &apos;{key}&apos; 在本要点中出现了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bonus item must carry points (not descriptive)</source>
        <translation>加分项必须有分值（不能是描述性评价）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;bonus&apos; needs at least one item under &apos;items&apos;</source>
        <translation>&apos;bonus&apos; 的 &apos;items&apos; 下至少要有一个加分项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos;: &apos;areas&apos; needs &apos;min_area_percent&apos;</source>
        <translation>等级 &apos;{name}&apos;：写了 &apos;areas&apos; 就必须写 &apos;min_area_percent&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code {code} is used twice (first on line {first})</source>
        <translation>编号 {code} 重复使用（第一次出现在第 {first} 行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points {points} is not a multiple of the step {step}, so full marks are unreachable</source>
        <translation>分值 {points} 不是步长 {step} 的整数倍，无法得到满分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a coefficient item needs &apos;levels&apos;, here or under &apos;scoring&apos; for the whole rubric</source>
        <translation>等级系数方式的要点需要 &apos;levels&apos;：写在本要点中，或写在 &apos;scoring&apos; 下供整个评估标准使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bands item needs &apos;bands&apos;, here or under &apos;scoring&apos; for the whole rubric</source>
        <translation>达成度方式的要点需要 &apos;bands&apos;：写在本要点中，或写在 &apos;scoring&apos; 下供整个评估标准使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a descriptive item cannot be marked not applicable</source>
        <translation>描述性评价要点不能标为不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; is defined twice (first on line {first})</source>
        <translation>等级 &apos;{name}&apos; 重复定义（第一次出现在第 {first} 行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; needs a total of {total}, but at most {maximum} can be scored</source>
        <translation>等级 &apos;{name}&apos; 要求总分达到 {total}，但最多只能得 {maximum} 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grade &apos;{name}&apos; needs {percent}%, but at most {maximum}% can be scored</source>
        <translation>等级 &apos;{name}&apos; 要求得分率达到 {percent}%，但最高只能达到 {maximum}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos;: &apos;{key}&apos; {value} is above 100</source>
        <translation>等级 &apos;{name}&apos;：&apos;{key}&apos; {value} 超过了 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; names area &apos;{code}&apos;, which is not a top-level indicator</source>
        <translation>等级 &apos;{name}&apos; 列出的 &apos;{code}&apos; 不是一级指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; sets &apos;key_items_min_percent&apos; but no indicator is marked key (★)</source>
        <translation>等级 &apos;{name}&apos; 设置了 &apos;key_items_min_percent&apos;，但没有任何指标标为重点项目（★）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grade &apos;{name}&apos; can never be reached: grade &apos;{fallback}&apos; before it has no condition and always applies</source>
        <translation>等级 &apos;{name}&apos; 永远不会被评定：它前面的等级 &apos;{fallback}&apos; 没有条件，总是适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last grade (&apos;{name}&apos;) must have no condition, so that every result gets a grade (e.g. name: 不合格, passed: false)</source>
        <translation>最后一个等级（&apos;{name}&apos;）不能有条件，以保证每个结果都能评定等级（如 name: 不合格, passed: false）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no grade has &apos;passed: true&apos;; nobody could ever pass</source>
        <translation>没有任何等级写明 &apos;passed: true&apos;；任何学校都不可能通过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文本（位置 {offset} 处的字节为 0x{byte}）；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file contains binary data (NUL bytes)</source>
        <translation>文件中含有二进制数据（NUL 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored rubric is not valid JSON: {detail}</source>
        <translation>保存的评估标准不是有效的 JSON：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error while loading: {error}</source>
        <translation>读取时发生内部错误：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: {problem}</source>
        <translation>YAML 格式错误：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: {context}: {problem}</source>
        <translation>YAML 格式错误：{context}，{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: the character #x{code} is not allowed (delete it)</source>
        <translation>YAML 格式错误：不允许使用字符 #x{code}（请删除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid YAML: nested too deeply</source>
        <translation>YAML 格式错误：嵌套层数过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key must be text, not {type}</source>
        <translation>键必须是文字，而不是 {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &apos;{key}&apos; appears twice in this mapping</source>
        <translation>同一组键值对中，键 &apos;{key}&apos; 出现了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; 不是有效的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not determine a constructor for the tag {tag}</source>
        <translation>无法识别标签 {tag}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>while parsing a block collection</source>
        <translation>解析列表时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block mapping</source>
        <translation>解析键值对时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block node</source>
        <translation>解析节点时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow mapping</source>
        <translation>解析花括号 {…} 内的键值对时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow node</source>
        <translation>解析括号内的内容时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow sequence</source>
        <translation>解析方括号 […] 内的列表时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a node</source>
        <translation>解析节点时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a quoted scalar</source>
        <translation>解析引号内的文字时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a tag</source>
        <translation>解析标签时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a block scalar</source>
        <translation>读取多行文字（| 或 &gt;）时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a plain scalar</source>
        <translation>读取文字时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a quoted scalar</source>
        <translation>读取引号内的文字时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a simple key</source>
        <translation>读取键时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a tag</source>
        <translation>读取标签时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an alias</source>
        <translation>读取别名（*）时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an anchor</source>
        <translation>读取锚点（&amp;）时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning for the next token</source>
        <translation>读取下一项内容时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while constructing a mapping</source>
        <translation>构造键值对时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing block level</source>
        <translation>增加缩进层级时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing flow level</source>
        <translation>增加括号嵌套层级时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exceeded maximum nesting depth</source>
        <translation>超过了最大嵌套层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a single document in the stream</source>
        <translation>文件中只能有一个 YAML 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>but found another document</source>
        <translation>却出现了另一个文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found duplicate anchor; first occurrence</source>
        <translation>锚点重复；第一次出现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second occurrence</source>
        <translation>第二次出现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined alias</source>
        <translation>使用了未定义的别名（*）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping values are not allowed in this context</source>
        <translation>此处不允许出现“键: 值”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping keys are not allowed in this context</source>
        <translation>此处不允许出现键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation>此处不允许出现列表项（“- ”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>找不到应有的冒号 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected key</source>
        <translation>找不到应有的键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>找不到应有的列表项标记 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>找不到应有的 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>找不到应有的 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected node content</source>
        <translation>找不到应有的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>找不到应有的文档开头（---）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>找不到应有的字母或数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected comment or line break</source>
        <translation>找不到应有的注释或换行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected whitespace or line break</source>
        <translation>找不到应有的空格或换行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found character that cannot start any token</source>
        <translation>遇到了不能作为内容开头的字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found a tab character that violates indentation</source>
        <translation>制表符（Tab）破坏了缩进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found a tab character where an indentation space is expected</source>
        <translation>此处应使用空格缩进，却出现了制表符（Tab）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found an indentation indicator equal to 0</source>
        <translation>缩进指示符不能为 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected end of stream</source>
        <translation>文件意外结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected document indicator</source>
        <translation>出现了意外的文档分隔符（--- 或 ...）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation>出现了意外的冒号 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unknown escape character</source>
        <translation>出现了未知的转义字符（\）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined tag handle</source>
        <translation>使用了未定义的标签前缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control characters are not allowed</source>
        <translation>不允许使用控制字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a readable .xlsx workbook: {detail}</source>
        <translation>不是可读取的 .xlsx 工作簿：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook has no sheet &apos;{sheet}&apos;</source>
        <translation>工作簿中没有工作表 &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{part}&apos; should read name=value</source>
        <translation>{what}：&apos;{part}&apos; 应写成“名称=数值”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{value}&apos; is not a number</source>
        <translation>{what}：&apos;{value}&apos; 不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级 (the level name) is empty</source>
        <translation>“等级”（等级名称）为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别 &apos;{section}&apos; is unknown; use one of {options}</source>
        <translation>类别 &apos;{section}&apos; 无效；请使用以下之一：{options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>层级 must be 1, 2, 3 or 4, not &apos;{level}&apos;</source>
        <translation>层级必须是 1、2、3 或 4，而不是 &apos;{level}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>层级 {level} follows a row of level {above}: a level was skipped</source>
        <translation>层级为 {level} 的行跟在层级为 {above} 的行后面：中间缺了一级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction &apos;{line}&apos; should read 代码 | 内容 | 分值</source>
        <translation>扣分项 &apos;{line}&apos; 应写成“代码 | 内容 | 分值”</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as it appears on reports</source>
        <translation>您的姓名，将显示在报告中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your inspector ID, for example yh-dx-001</source>
        <translation>您的督学编号，例如 yh-dx-001</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handwritten signature…</source>
        <translation>手写签名…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inspector &amp;name:</source>
        <translation>督学姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector &amp;ID:</source>
        <translation>督学编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Photos and documents from:</source>
        <translation>照片和文档来源(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default folder for attachments</source>
        <translation>附件的默认文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to:</source>
        <translation>导出到(&amp;E)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default export folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>None yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter both your name and your inspector ID.</source>
        <translation>请填写您的姓名和督学编号。</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../inspector/ui/team/settle_dialog.py" line="+53"/>
        <source>Settle %1</source>
        <translation>裁定 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answered.</source>
        <translation>无人作答。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this answer (required; kept in the audit trail)</source>
        <translation>裁定理由（必填，记入修改记录）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Members said:</source>
        <translation>成员评分：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed answer:</source>
        <translation>裁定结果：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settle</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the agreed answer.</source>
        <translation>请选择裁定结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why: the reason is required.</source>
        <translation>请填写裁定理由（必填）。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../inspector/ui/exports/sign_dialog.py" line="+159"/>
        <source>Sign the report</source>
        <translation>为评估报告签名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you sign</source>
        <translation>签名内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1 / %2 · Grade: %3</source>
        <translation>总分 %1 / %2 · 等级：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric:</source>
        <translation>评估标准：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>评估结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signature</source>
        <translation>您的签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the PDF…</source>
        <translation>正在读取 PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed in the stamp, for example 组长</source>
        <translation>印在签章上，例如：组长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase of your signing key</source>
        <translation>签名密钥的口令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature &amp;field:</source>
        <translation>签名域(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handwritten:</source>
        <translation>手写签名：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>None yet (Settings → Handwritten signature…)</source>
        <translation>尚未设置（设置 → 手写签名…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use my handwritten signature</source>
        <translation>使用我的手写签名</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Self-signed certificate: the signature will be intact but not trusted until the bureau issues your certificate.</source>
        <translation>自签名数字证书：签名完整未被篡改，但在督导室为您签发数字证书之前不可信。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate issued by %1, valid until %2</source>
        <translation>数字证书由 %1 签发，有效期至 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose your signing key</source>
        <translation>选择您的签名密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>签名密钥 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This PDF is the report of another evaluation (%1). Export this evaluation&apos;s report and sign that.</source>
        <translation>此 PDF 是另一次评估（%1）的评估报告。请导出本次评估的评估报告，再对其签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PDF has no signature fields. Export the report from this app and sign that file.</source>
        <translation>此 PDF 没有签名域。请用本程序导出评估报告，再对导出的文件签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every signature field of this PDF is already signed.</source>
        <translation>此 PDF 的所有签名域均已签名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+139"/>
        <source>(signed)</source>
        <translation>（已签名）</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>A draft cannot be signed: finalize the evaluation first.</source>
        <translation>草稿不能签名：请先将评估定稿。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the passphrase of your signing key.</source>
        <translation>请输入签名密钥的口令。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>口令错误，请重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not sign: %1</source>
        <translation>签名失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Signed by %1 in the field %2.</source>
        <translation>✓ %1 已在签名域 %2 中签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The evaluation is marked as signed.</source>
        <translation>此评估已标记为已签名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/verify_panel.py" line="+165"/>
        <source>Unknown signer</source>
        <extracomment>``VerificationReport.error`` of a PDF without any signature (inspector.signing.pdf).</extracomment>
        <translation>未知签名人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field: %1</source>
        <translation>签名域：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs as: %1</source>
        <translation>签署身份：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed: %1 (by the signer&apos;s clock)</source>
        <translation>签名时间：%1（以签名人电脑时钟为准）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certifying signature: afterwards the document may only be countersigned or have its form fields filled in</source>
        <translation>认证签名：此后文档只允许会签或填写表单域</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature cannot be read: %1</source>
        <translation>无法读取签名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intact: the signed content is exactly as it was signed</source>
        <translation>完整未被篡改：已签名内容与签名时完全一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid: the signature does not match the signer&apos;s certificate</source>
        <translation>无效：签名与签名人的数字证书不符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not intact: the signed content was altered after signing</source>
        <translation>已被篡改：已签名内容在签名后被改动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed after signing: the file holds changes this signature does not allow</source>
        <translation>签名后被修改：文件包含此签名不允许的修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed after signing (later signatures and form filling excepted)</source>
        <translation>签名后未被修改（后续签名和表单填写除外）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted: the signer&apos;s certificate was issued by %1</source>
        <translation>可信：签名人的数字证书由 %1 签发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not trusted: no CA certificate of the bureau to check the signer&apos;s certificate against</source>
        <translation>不可信：缺少督导室根证书，无法核验签名人的数字证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not trusted: the signer&apos;s certificate was revoked</source>
        <translation>不可信：签名人的数字证书已吊销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: the signer&apos;s certificate was not issued by %1</source>
        <translation>不可信：签名人的数字证书并非由 %1 签发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked (%1)</source>
        <translation>已吊销（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not revoked</source>
        <translation>未吊销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known to be revoked (no revocation list loaded)</source>
        <translation>未发现吊销记录（未加载证书吊销列表）</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/ui/exports/signature_pad.py" line="+209"/>
        <source>Sign here with the mouse, touchpad, pen or finger</source>
        <translation>请用鼠标、触控板、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SignaturePadDialog</name>
    <message>
        <location line="+53"/>
        <source>Handwritten signature</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as you sign on paper. The signature appears behind the stamp of each report you sign with this laptop.</source>
        <translation>请像在纸上一样签名。用本电脑签名的每份评估报告，都会在签章下衬上此手写签名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The signature could not be saved: %1</source>
        <translation>无法保存手写签名：%1</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../inspector/ui/signing_key.py" line="+64"/>
        <source>Passphrase of your signing key:</source>
        <translation>签名密钥口令：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../inspector/ui/startup.py" line="+32"/>
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
        <location line="+25"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/summary_panel.py" line="+73"/>
        <source>Grade rules</source>
        <translation>等级评定规则</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Veto items occurred: %1</source>
        <translation>发生否决项：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites not met: %1</source>
        <translation>不满足的基本条件：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(projected)</source>
        <translation>（预估）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items still unanswered</source>
        <translation>尚有 %1 项未评</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus: +%1 (items total %2, cap %3)</source>
        <translation>加分：+%1（加分项合计 %2，上限 %3）</translation>
    </message>
    <message>
        <location filename="../../forms/summary_panel.ui" line="+29"/>
        <source>Total score (bonus included) / full marks · score rate</source>
        <translation>总分（含加分）/ 满分 · 得分率</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Areas</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why this grade</source>
        <translation>等级判定依据</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../inspector/ui/sync/labels.py" line="+12"/>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已通过审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>被退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bureau holds different content under this evaluation&apos;s id.</source>
        <translation>督导室已有同一评估编号但内容不同的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revision this one replaces was already replaced by another.</source>
        <translation>本修订所替代的版本已被另一修订替代。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature does not match the content.</source>
        <translation>签名与内容不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate was revoked.</source>
        <translation>您的证书已被吊销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate was not issued by the bureau.</source>
        <translation>您的证书不是督导室签发的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your certificate has expired.</source>
        <translation>您的证书已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bureau computed a different result from the answers.</source>
        <translation>督导室根据评分重新计算的结果与上报结果不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bureau does not know this rubric version.</source>
        <translation>督导室没有此版本的评估标准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with another inspector&apos;s certificate.</source>
        <translation>使用了其他督学的证书签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evaluation belongs to another inspector.</source>
        <translation>此评估属于其他督学。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: not enrolled with the bureau</source>
        <translation>同步：尚未注册到督导室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync: everything sent</source>
        <translation>同步：已全部发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/status_widget.py" line="+25"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 item(s) from the bureau not used</source>
        <translation>督导室发来的 %1 项未能采用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sync stopped</source>
        <translation>同步中断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing with the bureau…</source>
        <translation>正在与督导室同步…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/sync_dialog.py" line="+41"/>
        <source>Not sent yet (%1 attempts): %2</source>
        <translation>尚未发送（已尝试 %1 次）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt no. %1, %2</source>
        <translation>回执号 %1，%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync with the bureau</source>
        <translation>与督导室同步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit date</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol…</source>
        <translation>注册…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a file…</source>
        <translation>导出同步文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bureau&apos;s file…</source>
        <translation>导入督导室文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (revision %1)</source>
        <translation>（第 %1 版）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the bureau…</source>
        <translation>正在与督导室同步…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync stopped: %1. Everything waiting will be sent later.</source>
        <translation>同步中断：%1。待发送的评估稍后会自动发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced: %1 sent, %2 reviews received.</source>
        <translation>同步完成：发送 %1 份，收到 %2 条审核结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 item(s) from the bureau could not be used; tell the bureau: %2</source>
        <translation>督导室发来的内容有 %1 项未能采用，请告知督导室：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export to a file</source>
        <translation>导出同步文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Sync files (*.zip)</source>
        <translation>同步文件 (*.zip)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sign the file</source>
        <translation>签名同步文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 evaluation(s) written to %2. Take the file to the bureau.</source>
        <translation>已将 %1 份评估写入 %2，请将文件交给督导室。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import the bureau&apos;s file</source>
        <translation>导入督导室文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bureau&apos;s CA certificate is not installed yet: enrol with the bureau first.</source>
        <translation>尚未安装督导室的根证书：请先向督导室注册。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received %1 rubric version(s), %2 school(s), %3 assignment(s), %4 review(s).</source>
        <translation>收到评估标准 %1 个版本、学校 %2 所、任务 %3 项、审核结果 %4 条。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../inspector/ui/team/common.py" line="+27"/>
        <source>Parallel: everyone scores every item</source>
        <translation>并行（每位成员评全部指标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split: each area scored by its owner</source>
        <translation>分工（各一级指标由负责人评分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean without the highest and lowest</source>
        <translation>去掉最高分和最低分后取平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area&apos;s owner decides</source>
        <translation>按分工由负责人评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead settles every item</source>
        <translation>每项由组长裁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s scoresheet imported and merged</source>
        <translation>已导入并合并%1的评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s newer scoresheet replaces the earlier one</source>
        <translation>%1的新评分表已替换此前的评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s scoresheet was already imported: nothing changed</source>
        <translation>%1的这份评分表此前已导入，无变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older than %1&apos;s current scoresheet: kept in the history, not used</source>
        <translation>比%1当前的评分表旧：仅留存记录，不采用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occurred</source>
        <translation>发生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Did not occur</source>
        <translation>未发生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not achieved</source>
        <translation>不达标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% met</source>
        <translation>达成 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shortfall</source>
        <translation>无扣分项</translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <location filename="../../inspector/ui/team/member_actions.py" line="+25"/>
        <source>Expert team</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Join an expert team</source>
        <translation>加入专家组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team invitations (*.json);;All files (*)</source>
        <translation>专家组邀请 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop has no signing key yet: a member joins with the inspector ID of their key.</source>
        <translation>本机还没有签名密钥：成员须以其签名密钥上的督学编号加入专家组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not join: %1</source>
        <translation>无法加入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This evaluation is not a team member&apos;s scoresheet.</source>
        <translation>此评估不是专家组成员的评分表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in my scoresheet</source>
        <translation>提交我的评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheets (*.zip)</source>
        <translation>评分表 (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the scoresheet</source>
        <translation>签名评分表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scoresheet was not written: %1</source>
        <translation>评分表未能写出：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scoresheet is written to %1. Give it to the team&apos;s lead; hand it in again after any change.</source>
        <translation>您的评分表已写入 %1，请交给组长；如有修改，请重新提交。</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <location filename="../../inspector/ui/team/merge_dialog.py" line="+60"/>
        <source>Expert team: merge the scoresheets</source>
        <translation>专家组评估：合并评分表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>负责指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scoresheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import scoresheets…</source>
        <translation>导入评分表…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Settle…</source>
        <translation>裁定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the agreed answer of the selected item, and why</source>
        <translation>为所选指标记录裁定结果及理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+295"/>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Lead:</source>
        <translation>组长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work:</source>
        <translation>评估方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge rule:</source>
        <translation>合并规则：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreement above:</source>
        <translation>分歧阈值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of an item&apos;s points</source>
        <translation>分差超过该项分值的 %1%</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (lead)</source>
        <translation>（组长）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed in %1</source>
        <translation>已提交 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The lead decides every item</source>
        <translation>按规定每项由组长裁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled by the lead</source>
        <translation>组长已裁定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>分歧原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>组长裁定</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To settle</source>
        <translation>待裁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — reason: %2</source>
        <translation>%1——理由：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt; (%1 to settle):</source>
        <translation>&lt;b&gt;分歧&lt;/b&gt;（%1 项待裁定）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;: none so far.</source>
        <translation>&lt;b&gt;分歧&lt;/b&gt;：暂无。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(projected)</source>
        <translation>（预估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged total %1 / %2 (%3%) · Grade: %4</source>
        <translation>合并总分 %1 / %2（%3%）· 等级：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to settle · %2 unanswered</source>
        <translation>待裁定 %1 项 · 未作答 %2 项</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Import scoresheets</source>
        <translation>导入评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheets (*.zip);;All files (*)</source>
        <translation>评分表 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an item to settle first.</source>
        <translation>请先选择要裁定的指标。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 settled.</source>
        <translation>%1 已裁定。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the team&apos;s evaluation? After finalizing no scoresheet or settlement can change it (it can only be reopened as a new revision).</source>
        <translation>确定将专家组评估定稿吗？定稿后，评分表和裁定都不能再改变评估结果（只能重新打开为新修订）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not finalized: first, %1 thing(s) to do:</source>
        <translation>未定稿：须先处理以下 %1 项：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalized: %1 / %2, %3.</source>
        <translation>已定稿：%1 / %2，%3。</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../inspector/ui/team/window_actions.py" line="+53"/>
        <source>Merge scoresheets</source>
        <translation>合并评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team evaluation:</source>
        <translation>专家组评估：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no team evaluation led from this laptop. Create one with New team evaluation…</source>
        <translation>本机没有由您担任组长的专家组评估。请先用“新建专家组评估…”创建。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Joined the team: your scoresheet is open.</source>
        <translation>已加入专家组，您的评分表已打开。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand in my scoresheet</source>
        <translation>提交我的评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheet:</source>
        <translation>评分表：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not joined a team on this laptop. Join one with Join a team… first.</source>
        <translation>您尚未在本机加入专家组。请先用“加入专家组…”加入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This laptop is not enrolled with the bureau: enrol it first (Sync → Outbox and sync…), or exchange the files by USB stick.</source>
        <translation>本机尚未注册到督导室：请先注册（同步 → 发件箱与同步…），或用 U 盘交换文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send through the bureau</source>
        <translation>经督导室发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign and send</source>
        <translation>签名并发送</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent through the bureau to %1; they receive it on their next sync.</source>
        <translation>已经督导室发送给 %1，对方下次同步时收到。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/tree_panel.py" line="+94"/>
        <source>Next unanswered</source>
        <translation>下一未评项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next item without an answer</source>
        <translation>跳到下一个未评定的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only unanswered / missing evidence</source>
        <translation>仅显示未评 / 缺佐证的项目</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Answered %1/%2</source>
        <translation>已评 %1/%2</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/verify_panel.py" line="+24"/>
        <location line="+113"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose CA certificate…</source>
        <translation>选择督导室根证书…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose public key…</source>
        <translation>选择公钥…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No document is open.</source>
        <translation>未打开任何文档。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the bureau&apos;s CA certificate</source>
        <translation>选择督导室根证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (%1)</source>
        <translation>数字证书 (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the certificate issuer&apos;s public key</source>
        <translation>选择证书颁发单位的公钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public keys (%1)</source>
        <translation>公钥 (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This file cannot be checked: %1</source>
        <translation>无法验证此文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signatures</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid: the signature is intact, unchanged since signing and trusted.</source>
        <translation>有效：签名完整未被篡改，签名后未被修改，且可信。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid: all %1 signatures are intact, unchanged since signing and trusted.</source>
        <translation>有效：全部 %1 个签名均完整未被篡改，签名后未被修改，且可信。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intact, but not checked against the bureau: choose its CA certificate to check who signed.</source>
        <translation>完整未被篡改，但未经督导室核验：请选择督导室根证书，以核验签名人身份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not valid: %1 of %2 signatures failed a check (see below).</source>
        <translation>无效：%2 个签名中有 %1 个未通过验证（详见下方）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed yet: %1</source>
        <translation>尚未签名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate cannot be used: %1</source>
        <translation>无法使用该根证书：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against the CA certificate of %1.</source>
        <translation>已使用 %1 的根证书核验。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bureau&apos;s CA certificate is not installed on this computer: who signed cannot be checked.</source>
        <translation>本机未安装督导室根证书，无法核验签名人身份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF is not signed, and it is not a certificate.</source>
        <translation>此 PDF 未签名，也不是证书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has empty signature fields: %1</source>
        <translation>其中有尚未签名的签名域：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+33"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No certificate code could be read. Photograph the QR code straight on, in focus and well lit, filling more of the picture.</source>
        <translation>未能读取证书二维码。请正对二维码拍摄，确保对焦清晰、光线充足，并让二维码占满更多画面。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Genuine certificate: the code is signed with the issuer&apos;s key.</source>
        <translation>证书真实：二维码已由颁发单位的密钥签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not genuine: %1</source>
        <translation>证书不真实：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public key cannot be used: %1</source>
        <translation>无法使用该公钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A certificate code, but it cannot be checked without the issuer&apos;s public key: choose the key below.</source>
        <translation>这是证书二维码，但缺少颁发单位的公钥，无法验证：请在下方选择公钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked with the public key %1. The bureau&apos;s records were not consulted.</source>
        <translation>已使用公钥 %1 验证；未查询督导室的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No public key of the certificate issuer has been chosen.</source>
        <translation>尚未选择证书颁发单位的公钥。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the code says (not verified)</source>
        <translation>二维码内容（未经验证）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check due</source>
        <translation>复核期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估编号</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../inspector/ui/new_evaluation_dialog.py" line="-137"/>
        <source>Regular inspection</source>
        <translation>常规督导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random inspection</source>
        <translation>随机督导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special inspection</source>
        <translation>专项督导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint check</source>
        <translation>信访核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal evaluation</source>
        <translation>正式评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check</source>
        <translation>复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation</source>
        <translation>自评</translation>
    </message>
</context>
</TS>
