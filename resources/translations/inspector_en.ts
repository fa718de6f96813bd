<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Describe</name>
    <message>
        <location filename="../../inspector/ui/describe.py" line="+62"/>
        <source>Select an indicator to see how it is scored.</source>
        <translation>Select an indicator to see how it is scored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring method:</source>
        <translation>Scoring method:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring rule:</source>
        <translation>Scoring rule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence methods:</source>
        <translation>Evidence methods:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance:</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full marks: %1 points.</source>
        <translation>Full marks: %1 points.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Veto item</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this has happened, the school cannot be given a passing grade.</source>
        <translation>If this has happened, the school cannot be given a passing grade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prerequisite</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this is not met, the school cannot be given a passing grade.</source>
        <translation>If this is not met, the school cannot be given a passing grade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give 0 to %1 points, in steps of %2.</source>
        <translation>Give 0 to %1 points, in steps of %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from %1 points and deduct for each shortfall, down to 0:</source>
        <translation>Start from %1 points and deduct for each shortfall, down to 0:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deduct %2 points each time</source>
        <translation>%1: deduct %2 points each time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: deduct %2 points</source>
        <translation>%1: deduct %2 points</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a level; the score is %1 points × its coefficient: %2</source>
        <translation>Choose a level; the score is %1 points × its coefficient: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of the standard met decides the score:</source>
        <translation>The share of the standard met decides the score:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1% met: %2 points</source>
        <translation>at least %1% met: %2 points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met: %1 points; not met: 0 points.</source>
        <translation>Met: %1 points; not met: 0 points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A written finding; no points.</source>
        <translation>A written finding; no points.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>★ Key indicator.</source>
        <translation>★ Key indicator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be marked not applicable: then left out of the full marks.</source>
        <translation>May be marked not applicable: then left out of the full marks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be marked not applicable: then given full marks.</source>
        <translation>May be marked not applicable: then given full marks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required evidence: %1.</source>
        <translation>Required evidence: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written note</source>
        <translation>written note</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../inspector/ui/problems_dialog.py" line="+24"/>
        <source>Rubric files that could not be loaded</source>
        <translation>Rubric files that could not be loaded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These files were skipped; the other rubrics can be used as usual. Correct the files (or ask the education bureau for corrected ones) and open the app again.</source>
        <translation>These files were skipped; the other rubrics can be used as usual. Correct the files (or ask the education bureau for corrected ones) and open the app again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>RubricBrowser</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/rubric_browser.py" line="+66"/>
        <source>%n rubric(s) loaded.</source>
        <translation>
            <numerusform>%n rubric loaded.</numerusform>
            <numerusform>%n rubrics loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be loaded.</source>
        <translation>
            <numerusform>%n file could not be loaded.</numerusform>
            <numerusform>%n files could not be loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rubric file(s) could not be loaded and were skipped.</source>
        <translation>
            <numerusform>%n rubric file could not be loaded and was skipped.</numerusform>
            <numerusform>%n rubric files could not be loaded and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a rubric on the left.</source>
        <translation>Select a rubric on the left.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rubrics were found. Copy rubric files (.yaml) into %1 and open the app again.</source>
        <translation>No rubrics were found. Copy rubric files (.yaml) into %1 and open the app again.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Yuhang District Education Inspection Tool&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Offline evaluation of schools and kindergartens against the district&apos;s inspection rubrics, for the inspectors of the Yuhang District Education Bureau.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yuhang District Education Inspection Tool&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Offline evaluation of schools and kindergartens against the district&apos;s inspection rubrics, for the inspectors of the Yuhang District Education Bureau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/rubric_browser.ui" line="+14"/>
        <source>Yuhang District Education Inspection Tool</source>
        <translation>Yuhang District Education Inspection Tool</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Show problems…</source>
        <translation>Show problems…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Available rubrics</source>
        <translation>Available rubrics</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Effective from:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>School types:</source>
        <translation>School types:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content hash:</source>
        <translation>Content hash:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scoring details</source>
        <translation>Scoring details</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>RubricListModel</name>
    <message>
        <location filename="../../inspector/ui/rubric_list_model.py" line="+69"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full marks</source>
        <translation>Full marks</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <location filename="../../inspector/ui/rubric_tree_model.py" line="+73"/>
        <source>Bonus items</source>
        <translation>Bonus items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto items</source>
        <translation>Veto items</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Key indicator</source>
        <translation>Key indicator</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../inspector/ui/startup.py" line="+30"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation database could not be opened safely.</source>
        <translation>The evaluation database could not be opened safely.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup is %1. Restoring it keeps the damaged file in the backups folder; nothing is deleted.</source>
        <translation>The newest backup is %1. Restoring it keeps the damaged file in the backups folder; nothing is deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup was found. Choose a backup file, or quit and ask for help.</source>
        <translation>No backup was found. Choose a backup file, or quit and ask for help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest backup</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup…</source>
        <translation>Choose a backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
</context>
</TS>
