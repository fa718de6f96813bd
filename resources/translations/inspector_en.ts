<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerInputs</name>
    <message>
        <location filename="../../inspector/ui/evaluation/answer_inputs.py" line="+225"/>
        <source>0 to %1 points, in steps of %2. Enter saves and moves on.</source>
        <translation>0 to %1 points, in steps of %2. Enter saves and moves on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/ %1 points</source>
        <translation>/ %1 points</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Percent of the standard met (0–100). Enter saves and moves on.</source>
        <translation>Percent of the standard met (0–100). Enter saves and moves on.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>→ up to %1 points</source>
        <translation>→ up to %1 points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→ band ≥%1%: %2 points</source>
        <translation>→ band ≥%1%: %2 points</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No shortfall (full marks)</source>
        <translation>No shortfall (full marks)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to deduct: %1 points (key 0)</source>
        <translation>Nothing to deduct: %1 points (key 0)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How many times</source>
        <translation>How many times</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>−%1 each</source>
        <translation>−%1 each</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write here…</source>
        <translation>Write here…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the finding… (Ctrl+Enter saves and moves on)</source>
        <translation>Write the finding… (Ctrl+Enter saves and moves on)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Did not occur</source>
        <translation>Did not occur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The veto condition did not occur</source>
        <translation>The veto condition did not occur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The veto condition occurred: the school fails</source>
        <translation>The veto condition occurred: the school fails</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The prerequisite is met</source>
        <translation>The prerequisite is met</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The prerequisite is not met: the school fails</source>
        <translation>The prerequisite is not met: the school fails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 × %3 = %4 points</source>
        <translation>%1: %2 × %3 = %4 points</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Met: %1 points</source>
        <translation>Met: %1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met: 0 points</source>
        <translation>Not met: 0 points</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../inspector/ui/app_window.py" line="+40"/>
        <source>Yuhang education inspection</source>
        <translation>Yuhang education inspection</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New evaluation…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open PDF or certificate…</source>
        <translation>&amp;Open PDF or certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubrics…</source>
        <translation>&amp;Rubrics…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox and sync…</source>
        <translation>&amp;Outbox and sync…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>&amp;New team evaluation…</source>
        <translation>&amp;New team evaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge scoresheets…</source>
        <translation>&amp;Merge scoresheets…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join a team…</source>
        <translation>&amp;Join a team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand in my scoresheet…</source>
        <translation>&amp;Hand in my scoresheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send through the bureau…</source>
        <translation>&amp;Send through the bureau…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuhang education inspection, version %1.
Data folder: %2</source>
        <translation>Yuhang education inspection, version %1.
Data folder: %2</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../inspector/messages.py" line="+41"/>
        <source>no such item in this rubric</source>
        <translation>no such item in this rubric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a veto item takes true or false (true if the veto condition occurred), got {got}</source>
        <translation>a veto item takes true or false (true if the veto condition occurred), got {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prerequisite takes true or false (true if it is met), got {got}</source>
        <translation>a prerequisite takes true or false (true if it is met), got {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a group indicator; answer its items instead</source>
        <translation>this is a group indicator; answer its items instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this item cannot be marked not applicable (NA)</source>
        <translation>this item cannot be marked not applicable (NA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number, got {got}</source>
        <translation>expected a number, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a finite number, got {got}</source>
        <translation>expected a finite number, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {value} is out of range 0–{maximum}</source>
        <translation>score {value} is out of range 0–{maximum}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score {value} is not a multiple of the step {step}</source>
        <translation>score {value} is not a multiple of the step {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent met {value} is out of range 0–100</source>
        <translation>percent met {value} is out of range 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one of the levels {levels}, got {got}</source>
        <translation>expected one of the levels {levels}, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected true (达标) or false (不达标), got {got}</source>
        <translation>expected true (达标) or false (不达标), got {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list of deduction keys, got {got}</source>
        <translation>expected a list of deduction keys, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown deduction key &apos;{key}&apos; (known: {known})</source>
        <translation>unknown deduction key &apos;{key}&apos; (known: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction &apos;{key}&apos; can only be listed once</source>
        <translation>deduction &apos;{key}&apos; can only be listed once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a written finding (text), got {got}</source>
        <translation>expected a written finding (text), got {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluation {id} is {status} and cannot change; it was reopened as {new}</source>
        <translation>evaluation {id} is {status} and cannot change; it was reopened as {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} is {status} and cannot change; reopen it as a new revision to change it</source>
        <translation>evaluation {id} is {status} and cannot change; reopen it as a new revision to change it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluation {id} is an expert team&apos;s evaluation; its scores and notes are the merge of the members&apos; scoresheets. Settle the item instead (`team settle`, or 专家组 → 合并评分表 in the app)</source>
        <translation>evaluation {id} is an expert team&apos;s evaluation; its scores and notes are the merge of the members&apos; scoresheets. Settle the item instead (`team settle`, or 专家组 → 合并评分表 in the app)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is already attached to {target}</source>
        <translation>{name} is already attached to {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already attached to this evaluation</source>
        <translation>{name} is already attached to this evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>{name} is larger than {megabytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a finding needs a text</source>
        <translation>a finding needs a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation {id} is still a draft; it can be edited directly</source>
        <translation>evaluation {id} is still a draft; it can be edited directly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} was already reopened as {new}</source>
        <translation>evaluation {id} was already reopened as {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no signing key at {path} (create one with `keys init`)</source>
        <translation>no signing key at {path} (create one with `keys init`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a PKCS#12 key file</source>
        <translation>{path} is not a PKCS#12 key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for {path}</source>
        <translation>wrong passphrase for {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate expired on {date}</source>
        <translation>the certificate expired on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this certificate is not for your key (it was issued for another request)</source>
        <translation>this certificate is not for your key (it was issued for another request)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a self-signed certificate, not one issued by the bureau</source>
        <translation>this is a self-signed certificate, not one issued by the bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name must have 1 to 64 characters</source>
        <translation>the name must have 1 to 64 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the inspector id must have 1 to 64 letters, digits or - . / : ( )</source>
        <translation>the inspector id must have 1 to 64 letters, digits or - . / : ( )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organization must have 1 to 64 characters</source>
        <translation>the organization must have 1 to 64 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signing key already exists at {path}; replacing it would make your certificate useless</source>
        <translation>a signing key already exists at {path}; replacing it would make your certificate useless</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no key and certificate</source>
        <translation>{path} holds no key and certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the certificate does not belong to the key</source>
        <translation>{path}: the certificate does not belong to the key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no certificate request at {path} (create one with `keys init`)</source>
        <translation>no certificate request at {path} (create one with `keys init`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no certificate found</source>
        <translation>no certificate found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate was not issued by the CA certificate given with it</source>
        <translation>the certificate was not issued by the CA certificate given with it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate does not allow document signing (key usage digitalSignature + nonRepudiation needed)</source>
        <translation>the certificate does not allow document signing (key usage digitalSignature + nonRepudiation needed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase must not be empty</source>
        <translation>the passphrase must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a certificate (PEM or DER)</source>
        <translation>{path}: not a certificate (PEM or DER)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: {reason}</source>
        <translation>cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable PDF ({detail})</source>
        <translation>{path} is not a readable PDF ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is encrypted; encrypted PDFs are not signed here</source>
        <translation>{path} is encrypted; encrypted PDFs are not signed here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} has no empty signature field (signed: {signed})</source>
        <translation>{path} has no empty signature field (signed: {signed})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field {field} is already signed</source>
        <translation>the field {field} is already signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} has no signature field {field} (empty fields: {empty})</source>
        <translation>{path} has no signature field {field} (empty fields: {empty})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first signature can certify the document</source>
        <translation>only the first signature can certify the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot sign {path}: {detail}</source>
        <translation>cannot sign {path}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the signature image {path}: {detail}</source>
        <translation>cannot read the signature image {path}: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bureau cannot be reached ({detail})</source>
        <translation>the bureau cannot be reached ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau refused this laptop&apos;s access token (enrol again)</source>
        <translation>the bureau refused this laptop&apos;s access token (enrol again)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau answered HTTP {status}: {text}</source>
        <translation>the bureau answered HTTP {status}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploading file {digest}: the bureau answered HTTP {status}: {text}</source>
        <translation>uploading file {digest}: the bureau answered HTTP {status}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file {digest} is missing from this laptop: {detail}</source>
        <translation>file {digest} is missing from this laptop: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bureau&apos;s address starts with https:// (or http:// on a test network)</source>
        <translation>the bureau&apos;s address starts with https:// (or http:// on a test network)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this scoresheet belongs to another team evaluation</source>
        <translation>this scoresheet belongs to another team evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{member} is not a member of this team</source>
        <translation>{member} is not a member of this team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scoresheet of {member} is signed by {signer}</source>
        <translation>the scoresheet of {member} is signed by {signer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scoresheet was scored against another rubric version</source>
        <translation>the scoresheet was scored against another rubric version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation {id} is {status}: no more scoresheets</source>
        <translation>evaluation {id} is {status}: no more scoresheets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo {name} of this scoresheet is missing</source>
        <translation>the photo {name} of this scoresheet is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the photo {name} was changed after signing</source>
        <translation>the photo {name} was changed after signing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why (the reason goes into the audit trail)</source>
        <translation>say why (the reason goes into the audit trail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a settlement needs an answer</source>
        <translation>a settlement needs an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation {id} is {status}; reopen it to settle again</source>
        <translation>evaluation {id} is {status}; reopen it to settle again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the invitation is not signed by the team&apos;s lead</source>
        <translation>the invitation is not signed by the team&apos;s lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member is listed twice</source>
        <translation>a member is listed twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team has 2 to 9 members (the lead included)</source>
        <translation>a team has 2 to 9 members (the lead included)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode is parallel (everyone scores everything) or split (by area)</source>
        <translation>mode is parallel (everyone scores everything) or split (by area)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split work needs an owner for every area (missing: {missing})</source>
        <translation>split work needs an owner for every area (missing: {missing})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owners are given for {areas}, which are not areas (一级指标) of this rubric</source>
        <translation>owners are given for {areas}, which are not areas (一级指标) of this rubric</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owners must be members: {owners}</source>
        <translation>owners must be members: {owners}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a team file ({detail})</source>
        <translation>{path}: not a team file ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a scoresheet file ({detail})</source>
        <translation>{path}: not a scoresheet file ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scoresheet of {member}: {item}: {detail}</source>
        <translation>scoresheet of {member}: {item}: {detail}</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../../inspector/ui/describe.py" line="+51"/>
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
    <name>DocumentWindow</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/document_window.py" line="+30"/>
        <source>Open PDF or certificate</source>
        <translation>Open PDF or certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF or certificate (%1)</source>
        <translation>PDF or certificate (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — Document</source>
        <translation>%1 — Document</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/enroll_dialog.py" line="+27"/>
        <source>Enrol with the bureau</source>
        <translation>Enrol with the bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bureau&apos;s address and the one-time code the inspection office gave you. Your signing key gets its certificate from the bureau.</source>
        <translation>Enter the bureau&apos;s address and the one-time code the inspection office gave you. Your signing key gets its certificate from the bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as given by the bureau, e.g. 7F3A-19C2-8B04-D6E5</source>
        <translation>as given by the bureau, e.g. 7F3A-19C2-8B04-D6E5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bureau address:</source>
        <translation>Bureau address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code:</source>
        <translation>One-time code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key passphrase:</source>
        <translation>Key passphrase:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All three are needed.</source>
        <translation>All three are needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../inspector/ui/evaluation/evaluation_page.py" line="+36"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unanswered</source>
        <translation>Next unanswered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>Finalize…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen as new revision…</source>
        <translation>Reopen as new revision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export workbook…</source>
        <translation>Export workbook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reopen as new revision</source>
        <translation>Reopen as new revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the evaluation reopened? (kept in the audit trail)</source>
        <translation>Why is the evaluation reopened? (kept in the audit trail)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the report to sign</source>
        <translation>Choose the report to sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EvaluationSession</name>
    <message>
        <location filename="../../inspector/ui/evaluation/session.py" line="+177"/>
        <source>This evaluation is finalized and cannot change.</source>
        <translation>This evaluation is finalized and cannot change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an expert team&apos;s evaluation: its scores are the merge of the members&apos; scoresheets. Settle items in Team → Merge scoresheets.</source>
        <translation>This is an expert team&apos;s evaluation: its scores are the merge of the members&apos; scoresheets. Settle items in Team → Merge scoresheets.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-evaluation %1</source>
        <translation>Self-evaluation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>undo</source>
        <translation>undo</translation>
    </message>
</context>
<context>
    <name>EvaluationTreeModel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/tree_model.py" line="+195"/>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto items</source>
        <translation>Veto items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+103"/>
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
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items answered</source>
        <translation>Items answered</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 occurred</source>
        <translation>%1 occurred</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not met</source>
        <translation>%1 not met</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Not occurred</source>
        <translation>Not occurred</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>★ Key indicator</source>
        <translation>★ Key indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split work: %1 scores this</source>
        <translation>Split work: %1 scores this</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus items add %1 points (cap %2); counted: %3</source>
        <translation>Bonus items add %1 points (cap %2); counted: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 items answered</source>
        <translation>%1 of %2 items answered</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>written note</source>
        <translation>written note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing required evidence: %1</source>
        <translation>Missing required evidence: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 items lack required evidence</source>
        <translation>%1 items lack required evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly answered</source>
        <translation>Partly answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/evidence_panel.py" line="+70"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification requirement</source>
        <translation>Rectification requirement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove finding</source>
        <translation>Remove finding</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+151"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected finding (Delete)</source>
        <translation>Remove the selected finding (Delete)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole evaluation</source>
        <translation>Whole evaluation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deadline for the rectification</source>
        <translation>Deadline for the rectification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New finding… (Enter adds it)</source>
        <translation>New finding… (Enter adds it)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>or drop files here</source>
        <translation>or drop files here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photos or documents…</source>
        <translation>Add photos or documents…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the whole evaluation</source>
        <translation>For the whole evaluation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No findings recorded yet.</source>
        <translation>No findings recorded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings for this item yet.</source>
        <translation>No findings for this item yet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove this finding?

%1</source>
        <translation>Remove this finding?

%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos and documents (%1)</source>
        <translation>Photos and documents (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a photo is required</source>
        <translation>a photo is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photos or documents for this item yet. Drop files here or use “Add photos or documents…”.</source>
        <translation>No photos or documents for this item yet. Drop files here or use “Add photos or documents…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents for this item.</source>
        <translation>No photos or documents for this item.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add photos or documents</source>
        <translation>Add photos or documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../inspector/ui/exports/export_dialog.py" line="+167"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report of %1 — %2</source>
        <translation>The report of %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook of %1 — %2</source>
        <translation>The workbook of %1 — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign now…</source>
        <translation>Sign now…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the workbook</source>
        <translation>Export the workbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is ready to sign.</source>
        <translation>The report is ready to sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook is saved.</source>
        <translation>The workbook is saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not export %1</source>
        <translation>Could not export %1</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location filename="../../inspector/ui/evaluation/finalize_dialog.py" line="+28"/>
        <source>Finalize the evaluation</source>
        <translation>Finalize the evaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total %1 / %2 (%3%) · Grade: %4</source>
        <translation>Total %1 / %2 (%3%) · Grade: %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please confirm the following before finalizing:</source>
        <translation>Please confirm the following before finalizing:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is answered and every required piece of evidence is there.</source>
        <translation>Everything is answered and every required piece of evidence is there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have checked the scores; after finalizing the evaluation can no longer be changed (only reopened as a new revision).</source>
        <translation>I have checked the scores; after finalizing the evaluation can no longer be changed (only reopened as a new revision).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../inspector/ui/history_dialog.py" line="+41"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded by</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by item code, for example B1.2</source>
        <translation>Filter by item code, for example B1.2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 · visit of %3 · revision %4</source>
        <translation>%1 · %2 · visit of %3 · revision %4</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>revision %1, from %2</source>
        <translation>revision %1, from %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message>
        <location filename="../../inspector/ui/home/home_model.py" line="+71"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (projected)</source>
        <translation>%1 (projected)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Replaced by a newer revision; open the newest one to make changes.</source>
        <translation>Replaced by a newer revision; open the newest one to make changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score could not be computed.</source>
        <translation>The score could not be computed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the score…</source>
        <translation>Computing the score…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of full marks</source>
        <translation>%1% of full marks</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <location filename="../../inspector/ui/home/home_panel.py" line="+84"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluation matches the search and the filters.</source>
        <translation>No evaluation matches the search and the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evaluations yet. Click “New evaluation…” to start one.</source>
        <translation>No evaluations yet. Click “New evaluation…” to start one.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Why is this evaluation being reopened? The reason is kept in its history.</source>
        <translation>Why is this evaluation being reopened? The reason is kept in its history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Reopen as new revision</source>
        <translation>Reopen as new revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reopen</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <location filename="../../forms/home_panel.ui" line="+37"/>
        <source>Search by school, town, rubric or team member</source>
        <translation>Search by school, town, rubric or team member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To&amp;wn:</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;New evaluation…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new revision of this finalized evaluation; both revisions are kept.</source>
        <translation>Start a new revision of this finalized evaluation; both revisions are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen as new revision…</source>
        <translation>&amp;Reopen as new revision…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/image_view.py" line="+50"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This image cannot be shown: %1</source>
        <translation>This image cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/item_panel.py" line="+193"/>
        <location filename="../../forms/item_panel.ui" line="+183"/>
        <source>Inspector&apos;s score</source>
        <translation>Inspector&apos;s score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector&apos;s answer</source>
        <translation>Inspector&apos;s answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Veto item</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered yes or no; decides whether the school can pass.</source>
        <translation>Answered yes or no; decides whether the school can pass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus items</source>
        <translation>Bonus items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence methods</source>
        <translation>Evidence methods</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written note</source>
        <translation>written note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required evidence: %1</source>
        <translation>Required evidence: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The veto applies: the school cannot be given a passing grade.</source>
        <translation>The veto applies: the school cannot be given a passing grade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>No effect on the score.</source>
        <translation>No effect on the score.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not met: the school cannot be given a passing grade.</source>
        <translation>Not met: the school cannot be given a passing grade.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not applicable.</source>
        <translation>Not applicable.</translation>
    </message>
    <message>
        <location filename="../../forms/item_panel.ui" line="-117"/>
        <source>Key indicator</source>
        <translation>Key indicator</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No evaluation is open.</source>
        <translation>No evaluation is open.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>School&apos;s self-evaluation</source>
        <translation>School&apos;s self-evaluation</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mark this item as not applicable to this school (Ctrl+Shift+N)</source>
        <translation>Mark this item as not applicable to this school (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What you saw, who you spoke to, documents checked… Saved automatically.</source>
        <translation>What you saw, who you spoke to, documents checked… Saved automatically.</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <location filename="../../inspector/ui/new_evaluation_dialog.py" line="+52"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a school first</source>
        <translation>Choose a school first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rubric applies to this type of school</source>
        <translation>No rubric applies to this type of school</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a rubric</source>
        <translation>Choose a rubric</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name at least one member of the team.</source>
        <translation>Name at least one member of the team.</translation>
    </message>
    <message>
        <location filename="../../forms/new_evaluation_dialog.ui" line="+14"/>
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Choose the &amp;school:</source>
        <translation>1. Choose the &amp;school:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name, town or code</source>
        <translation>Search by name, town or code</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>2. Choose the rubric and describe the visit:</source>
        <translation>2. Choose the rubric and describe the visit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rubric:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Visit date:</source>
        <translation>&amp;Visit date:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Kind of visit:</source>
        <translation>&amp;Kind of visit:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Others:</source>
        <translation>&amp;Others:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other team members, separated by commas</source>
        <translation>Other team members, separated by commas</translation>
    </message>
</context>
<context>
    <name>NewTeam</name>
    <message>
        <location filename="../../inspector/ui/team/new_team_dialog.py" line="+80"/>
        <source>New expert-team evaluation</source>
        <translation>New expert-team evaluation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search schools by name or code</source>
        <translation>Search schools by name or code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rubric:</source>
        <translation>Rubric:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit date:</source>
        <translation>Visit date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead: %1 (%2), you</source>
        <translation>Lead: %1 (%2), you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead: unknown — set up your signing key first (the lead signs the invitation)</source>
        <translation>Lead: unknown — set up your signing key first (the lead signs the invitation)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspector ID</source>
        <translation>Inspector ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID must be the inspector ID on the member&apos;s signing certificate</source>
        <translation>The ID must be the inspector ID on the member&apos;s signing certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parallel: everyone scores every item</source>
        <translation>Parallel: everyone scores every item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split: each area is scored by its owner</source>
        <translation>Split: each area is scored by its owner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members&apos; scores of an item further apart than this share of its points are a disagreement for the lead to settle</source>
        <translation>Members&apos; scores of an item further apart than this share of its points are a disagreement for the lead to settle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the team works</source>
        <translation>How the team works</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge rule:</source>
        <translation>Merge rule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement above:</source>
        <translation>Disagreement above:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members (besides the lead):</source>
        <translation>Members (besides the lead):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make my own scoresheet on this laptop too</source>
        <translation>Make my own scoresheet on this laptop too</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export invitation…</source>
        <translation>Export invitation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a school first</source>
        <translation>Choose a school first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rubric applies to this type of school</source>
        <translation>No rubric applies to this type of school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rubric</source>
        <translation>Choose a rubric</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose the owner</source>
        <translation>Choose the owner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In split work each area&apos;s owner decides its items</source>
        <translation>In split work each area&apos;s owner decides its items</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give every member an ID and a name.</source>
        <translation>Give every member an ID and a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one member besides the lead.</source>
        <translation>Add at least one member besides the lead.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team evaluation is created. Export the invitation and give it to every member.</source>
        <translation>The team evaluation is created. Export the invitation and give it to every member.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the invitation</source>
        <translation>Export the invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team invitations (*.json)</source>
        <translation>Team invitations (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the invitation</source>
        <translation>Sign the invitation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation written to %1. Give it to every member.</source>
        <translation>Invitation written to %1. Give it to every member.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your own scoresheet is ready.</source>
        <translation>Your own scoresheet is ready.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/printing.py" line="+120"/>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pdf_view/pdf_preview.py" line="+182"/>
        <location line="+12"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This PDF cannot be shown: %1</source>
        <translation>This PDF cannot be shown: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This PDF has no pages.</source>
        <translation>This PDF has no pages.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../inspector/ui/problems_dialog.py" line="+26"/>
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
        <location filename="../../inspector/ui/rubric_browser.py" line="+67"/>
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
    <name>RubricProblems</name>
    <message>
        <location filename="../../inspector/rubrics/problem_messages.py" line="+24"/>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rubric</source>
        <translation>the rubric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator</source>
        <translation>an indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group indicator (one with &apos;children&apos;)</source>
        <translation>a group indicator (one with &apos;children&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a band</source>
        <translation>a band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deduction</source>
        <translation>a deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry of &apos;{key}&apos;</source>
        <translation>an entry of &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus item</source>
        <translation>a bonus item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a grade rule</source>
        <translation>a grade rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field &apos;{key}&apos; in {what}; did you mean &apos;{hint}&apos;?</source>
        <translation>unknown field &apos;{key}&apos; in {what}; did you mean &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field &apos;{key}&apos; in {what}; allowed here: {allowed}</source>
        <translation>unknown field &apos;{key}&apos; in {what}; allowed here: {allowed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{key}&apos; is required</source>
        <translation>&apos;{key}&apos; is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be {kind}, not {got}</source>
        <translation>&apos;{key}&apos; must be {kind}, not {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is empty</source>
        <translation>&apos;{key}&apos; is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is {value}; numbers here are at most {maximum} with at most {decimals} decimal places</source>
        <translation>&apos;{key}&apos; is {value}; numbers here are at most {maximum} with at most {decimals} decimal places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{key}&apos; must be greater than 0, not {value}</source>
        <translation>&apos;{key}&apos; must be greater than 0, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must not be negative, not {value}</source>
        <translation>&apos;{key}&apos; must not be negative, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is &apos;{value}&apos;; expected one of: {options}</source>
        <translation>&apos;{key}&apos; is &apos;{value}&apos;; expected one of: {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must be a mapping (key: value lines), not {got}</source>
        <translation>{what} must be a mapping (key: value lines), not {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rubric file must be a mapping of fields, not {got}</source>
        <translation>a rubric file must be a mapping of fields, not {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format {format} is not supported by this version of the app (it reads format {supported})</source>
        <translation>format {format} is not supported by this version of the app (it reads format {supported})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;indicators&apos; is required (the indicator tree)</source>
        <translation>&apos;indicators&apos; is required (the indicator tree)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;indicators&apos; has no indicator</source>
        <translation>&apos;indicators&apos; has no indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;grades&apos; is required (at least a fallback grade)</source>
        <translation>&apos;grades&apos; is required (at least a fallback grade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;points&apos; says the rubric is worth {declared}, but its areas add up to {total}</source>
        <translation>&apos;points&apos; says the rubric is worth {declared}, but its areas add up to {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;id&apos; is &apos;{id}&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>&apos;id&apos; is &apos;{id}&apos;; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school type &apos;{value}&apos; is unknown; expected: {options}</source>
        <translation>school type &apos;{value}&apos; is unknown; expected: {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;year&apos; {year} is not a plausible year</source>
        <translation>&apos;year&apos; {year} is not a plausible year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;effective&apos; is &apos;{value}&apos;; write a date as YYYY-MM-DD</source>
        <translation>&apos;effective&apos; is &apos;{value}&apos;; write a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the indicator tree is nested too deeply</source>
        <translation>the indicator tree is nested too deeply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rubric is incomplete</source>
        <translation>the rubric is incomplete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level &apos;{name}&apos;: coefficient {value} has more than {decimals} decimal places</source>
        <translation>level &apos;{name}&apos;: coefficient {value} has more than {decimals} decimal places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level &apos;{name}&apos; needs a coefficient between 0 and 1, not {got}</source>
        <translation>level &apos;{name}&apos; needs a coefficient between 0 and 1, not {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>band min {value}% is above 100%</source>
        <translation>band min {value}% is above 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band fraction {value} is above 1</source>
        <translation>band fraction {value} is above 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;bands&apos; needs at least one band</source>
        <translation>&apos;bands&apos; needs at least one band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bands must be listed from the highest &apos;min&apos; to the lowest</source>
        <translation>bands must be listed from the highest &apos;min&apos; to the lowest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last band must have &apos;min: 0&apos; so every percent has a band</source>
        <translation>the last band must have &apos;min: 0&apos; so every percent has a band</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lower band must not earn a larger fraction than a higher one</source>
        <translation>a lower band must not earn a larger fraction than a higher one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. A1, B3, C12)</source>
        <translation>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. A1, B3, C12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a code must be 1–24 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a top-level area (一级指标) needs &apos;children&apos;; a rubric has {min} to {max} levels</source>
        <translation>a top-level area (一级指标) needs &apos;children&apos;; a rubric has {min} to {max} levels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too deep: a rubric has at most {max} levels</source>
        <translation>too deep: a rubric has at most {max} levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points {declared} declared, but the children add up to {total} ({terms})</source>
        <translation>points {declared} declared, but the children add up to {total} ({terms})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a descriptive item carries no points</source>
        <translation>a descriptive item carries no points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {mode} item needs points above 0</source>
        <translation>a {mode} item needs points above 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;requires&apos; lists &apos;{value}&apos;; expected note and/or photo</source>
        <translation>&apos;requires&apos; lists &apos;{value}&apos;; expected note and/or photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence method &apos;{method}&apos; contains a comma; write each method as its own list item</source>
        <translation>evidence method &apos;{method}&apos; contains a comma; write each method as its own list item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{key}&apos; only applies to mode {wanted}, this item is {mode}</source>
        <translation>&apos;{key}&apos; only applies to mode {wanted}, this item is {mode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deduction item needs &apos;deductions&apos; (the checklist)</source>
        <translation>a deduction item needs &apos;deductions&apos; (the checklist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction key &apos;{key}&apos; appears twice in this item</source>
        <translation>deduction key &apos;{key}&apos; appears twice in this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bonus item must carry points (not descriptive)</source>
        <translation>a bonus item must carry points (not descriptive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;bonus&apos; needs at least one item under &apos;items&apos;</source>
        <translation>&apos;bonus&apos; needs at least one item under &apos;items&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos;: &apos;areas&apos; needs &apos;min_area_percent&apos;</source>
        <translation>grade &apos;{name}&apos;: &apos;areas&apos; needs &apos;min_area_percent&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code {code} is used twice (first on line {first})</source>
        <translation>the code {code} is used twice (first on line {first})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points {points} is not a multiple of the step {step}, so full marks are unreachable</source>
        <translation>points {points} is not a multiple of the step {step}, so full marks are unreachable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a coefficient item needs &apos;levels&apos;, here or under &apos;scoring&apos; for the whole rubric</source>
        <translation>a coefficient item needs &apos;levels&apos;, here or under &apos;scoring&apos; for the whole rubric</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bands item needs &apos;bands&apos;, here or under &apos;scoring&apos; for the whole rubric</source>
        <translation>a bands item needs &apos;bands&apos;, here or under &apos;scoring&apos; for the whole rubric</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a descriptive item cannot be marked not applicable</source>
        <translation>a descriptive item cannot be marked not applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; is defined twice (first on line {first})</source>
        <translation>grade &apos;{name}&apos; is defined twice (first on line {first})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; needs a total of {total}, but at most {maximum} can be scored</source>
        <translation>grade &apos;{name}&apos; needs a total of {total}, but at most {maximum} can be scored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grade &apos;{name}&apos; needs {percent}%, but at most {maximum}% can be scored</source>
        <translation>grade &apos;{name}&apos; needs {percent}%, but at most {maximum}% can be scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos;: &apos;{key}&apos; {value} is above 100</source>
        <translation>grade &apos;{name}&apos;: &apos;{key}&apos; {value} is above 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; names area &apos;{code}&apos;, which is not a top-level indicator</source>
        <translation>grade &apos;{name}&apos; names area &apos;{code}&apos;, which is not a top-level indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade &apos;{name}&apos; sets &apos;key_items_min_percent&apos; but no indicator is marked key (★)</source>
        <translation>grade &apos;{name}&apos; sets &apos;key_items_min_percent&apos; but no indicator is marked key (★)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grade &apos;{name}&apos; can never be reached: grade &apos;{fallback}&apos; before it has no condition and always applies</source>
        <translation>grade &apos;{name}&apos; can never be reached: grade &apos;{fallback}&apos; before it has no condition and always applies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last grade (&apos;{name}&apos;) must have no condition, so that every result gets a grade (e.g. name: 不合格, passed: false)</source>
        <translation>the last grade (&apos;{name}&apos;) must have no condition, so that every result gets a grade (e.g. name: 不合格, passed: false)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no grade has &apos;passed: true&apos;; nobody could ever pass</source>
        <translation>no grade has &apos;passed: true&apos;; nobody could ever pass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</source>
        <translation>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file contains binary data (NUL bytes)</source>
        <translation>the file contains binary data (NUL bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored rubric is not valid JSON: {detail}</source>
        <translation>stored rubric is not valid JSON: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error while loading: {error}</source>
        <translation>internal error while loading: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: {problem}</source>
        <translation>invalid YAML: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: {context}: {problem}</source>
        <translation>invalid YAML: {context}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid YAML: the character #x{code} is not allowed (delete it)</source>
        <translation>invalid YAML: the character #x{code} is not allowed (delete it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid YAML: nested too deeply</source>
        <translation>invalid YAML: nested too deeply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a key must be text, not {type}</source>
        <translation>a key must be text, not {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &apos;{key}&apos; appears twice in this mapping</source>
        <translation>the key &apos;{key}&apos; appears twice in this mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; is not a finite number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not determine a constructor for the tag {tag}</source>
        <translation>could not determine a constructor for the tag {tag}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>while parsing a block collection</source>
        <translation>while parsing a block collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block mapping</source>
        <translation>while parsing a block mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block node</source>
        <translation>while parsing a block node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow mapping</source>
        <translation>while parsing a flow mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow node</source>
        <translation>while parsing a flow node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow sequence</source>
        <translation>while parsing a flow sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a node</source>
        <translation>while parsing a node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a quoted scalar</source>
        <translation>while parsing a quoted scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a tag</source>
        <translation>while parsing a tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a block scalar</source>
        <translation>while scanning a block scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a plain scalar</source>
        <translation>while scanning a plain scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a quoted scalar</source>
        <translation>while scanning a quoted scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a simple key</source>
        <translation>while scanning a simple key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a tag</source>
        <translation>while scanning a tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an alias</source>
        <translation>while scanning an alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an anchor</source>
        <translation>while scanning an anchor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning for the next token</source>
        <translation>while scanning for the next token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while constructing a mapping</source>
        <translation>while constructing a mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing block level</source>
        <translation>while increasing block level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing flow level</source>
        <translation>while increasing flow level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exceeded maximum nesting depth</source>
        <translation>exceeded maximum nesting depth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a single document in the stream</source>
        <translation>expected a single document in the stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>but found another document</source>
        <translation>but found another document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found duplicate anchor; first occurrence</source>
        <translation>found duplicate anchor; first occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second occurrence</source>
        <translation>second occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined alias</source>
        <translation>found undefined alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping values are not allowed in this context</source>
        <translation>mapping values are not allowed in this context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping keys are not allowed in this context</source>
        <translation>mapping keys are not allowed in this context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation>block sequence entries are not allowed in this context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>could not find expected &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected key</source>
        <translation>did not find expected key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>did not find expected &apos;-&apos; indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>did not find expected &apos;,&apos; or &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>did not find expected &apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected node content</source>
        <translation>did not find expected node content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>did not find expected &lt;document start&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>did not find expected alphabetic or numeric character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected comment or line break</source>
        <translation>did not find expected comment or line break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected whitespace or line break</source>
        <translation>did not find expected whitespace or line break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found character that cannot start any token</source>
        <translation>found character that cannot start any token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found a tab character that violates indentation</source>
        <translation>found a tab character that violates indentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found a tab character where an indentation space is expected</source>
        <translation>found a tab character where an indentation space is expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found an indentation indicator equal to 0</source>
        <translation>found an indentation indicator equal to 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected end of stream</source>
        <translation>found unexpected end of stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected document indicator</source>
        <translation>found unexpected document indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation>found unexpected &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unknown escape character</source>
        <translation>found unknown escape character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined tag handle</source>
        <translation>found undefined tag handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control characters are not allowed</source>
        <translation>control characters are not allowed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a readable .xlsx workbook: {detail}</source>
        <translation>not a readable .xlsx workbook: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook has no sheet &apos;{sheet}&apos;</source>
        <translation>the workbook has no sheet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{part}&apos; should read name=value</source>
        <translation>{what}: &apos;{part}&apos; should read name=value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{value}&apos; is not a number</source>
        <translation>{what}: &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级 (the level name) is empty</source>
        <translation>等级 (the level name) is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别 &apos;{section}&apos; is unknown; use one of {options}</source>
        <translation>类别 &apos;{section}&apos; is unknown; use one of {options}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>层级 must be 1, 2, 3 or 4, not &apos;{level}&apos;</source>
        <translation>层级 must be 1, 2, 3 or 4, not &apos;{level}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>层级 {level} follows a row of level {above}: a level was skipped</source>
        <translation>层级 {level} follows a row of level {above}: a level was skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction &apos;{line}&apos; should read 代码 | 内容 | 分值</source>
        <translation>deduction &apos;{line}&apos; should read 代码 | 内容 | 分值</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="+41"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, as it appears on reports</source>
        <translation>Your name, as it appears on reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your inspector ID, for example yh-dx-001</source>
        <translation>Your inspector ID, for example yh-dx-001</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>The new language is used the next time the app starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handwritten signature…</source>
        <translation>Handwritten signature…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inspector &amp;name:</source>
        <translation>Inspector &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector &amp;ID:</source>
        <translation>Inspector &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Photos and documents from:</source>
        <translation>&amp;Photos and documents from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default folder for attachments</source>
        <translation>Default folder for attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to:</source>
        <translation>&amp;Export to:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter both your name and your inspector ID.</source>
        <translation>Enter both your name and your inspector ID.</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../inspector/ui/team/settle_dialog.py" line="+53"/>
        <source>Settle %1</source>
        <translation>Settle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answered.</source>
        <translation>Nobody answered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this answer (required; kept in the audit trail)</source>
        <translation>Why this answer (required; kept in the audit trail)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Members said:</source>
        <translation>Members said:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed answer:</source>
        <translation>Agreed answer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the agreed answer.</source>
        <translation>Choose the agreed answer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why: the reason is required.</source>
        <translation>Say why: the reason is required.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../inspector/ui/exports/sign_dialog.py" line="+159"/>
        <source>Sign the report</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you sign</source>
        <translation>What you sign</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1 / %2 · Grade: %3</source>
        <translation>Total %1 / %2 · Grade: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric:</source>
        <translation>Rubric:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signature</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the PDF…</source>
        <translation>Reading the PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed in the stamp, for example 组长</source>
        <translation>Printed in the stamp, for example 组长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase of your signing key</source>
        <translation>The passphrase of your signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature &amp;field:</source>
        <translation>Signature &amp;field:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handwritten:</source>
        <translation>Handwritten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>None yet (Settings → Handwritten signature…)</source>
        <translation>None yet (Settings → Handwritten signature…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use my handwritten signature</source>
        <translation>Use my handwritten signature</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Self-signed certificate: the signature will be intact but not trusted until the bureau issues your certificate.</source>
        <translation>Self-signed certificate: the signature will be intact but not trusted until the bureau issues your certificate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate issued by %1, valid until %2</source>
        <translation>Certificate issued by %1, valid until %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose your signing key</source>
        <translation>Choose your signing key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Signing keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This PDF is the report of another evaluation (%1). Export this evaluation&apos;s report and sign that.</source>
        <translation>This PDF is the report of another evaluation (%1). Export this evaluation&apos;s report and sign that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PDF has no signature fields. Export the report from this app and sign that file.</source>
        <translation>This PDF has no signature fields. Export the report from this app and sign that file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every signature field of this PDF is already signed.</source>
        <translation>Every signature field of this PDF is already signed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+139"/>
        <source>(signed)</source>
        <translation>(signed)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>A draft cannot be signed: finalize the evaluation first.</source>
        <translation>A draft cannot be signed: finalize the evaluation first.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the passphrase of your signing key.</source>
        <translation>Enter the passphrase of your signing key.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not sign: %1</source>
        <translation>Could not sign: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Signed by %1 in the field %2.</source>
        <translation>✓ Signed by %1 in the field %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The evaluation is marked as signed.</source>
        <translation>The evaluation is marked as signed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignatureCard</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/verify_panel.py" line="+165"/>
        <source>Unknown signer</source>
        <extracomment>``VerificationReport.error`` of a PDF without any signature (inspector.signing.pdf).</extracomment>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs as: %1</source>
        <translation>Signs as: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed: %1 (by the signer&apos;s clock)</source>
        <translation>Signed: %1 (by the signer&apos;s clock)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certifying signature: afterwards the document may only be countersigned or have its form fields filled in</source>
        <translation>Certifying signature: afterwards the document may only be countersigned or have its form fields filled in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signature cannot be read: %1</source>
        <translation>The signature cannot be read: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intact: the signed content is exactly as it was signed</source>
        <translation>Intact: the signed content is exactly as it was signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not valid: the signature does not match the signer&apos;s certificate</source>
        <translation>Not valid: the signature does not match the signer&apos;s certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not intact: the signed content was altered after signing</source>
        <translation>Not intact: the signed content was altered after signing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed after signing: the file holds changes this signature does not allow</source>
        <translation>Changed after signing: the file holds changes this signature does not allow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed after signing (later signatures and form filling excepted)</source>
        <translation>Not changed after signing (later signatures and form filling excepted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted: the signer&apos;s certificate was issued by %1</source>
        <translation>Trusted: the signer&apos;s certificate was issued by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not trusted: no CA certificate of the bureau to check the signer&apos;s certificate against</source>
        <translation>Not trusted: no CA certificate of the bureau to check the signer&apos;s certificate against</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not trusted: the signer&apos;s certificate was revoked</source>
        <translation>Not trusted: the signer&apos;s certificate was revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: the signer&apos;s certificate was not issued by %1</source>
        <translation>Not trusted: the signer&apos;s certificate was not issued by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked (%1)</source>
        <translation>Revoked (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not revoked</source>
        <translation>Not revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known to be revoked (no revocation list loaded)</source>
        <translation>Not known to be revoked (no revocation list loaded)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/ui/exports/signature_pad.py" line="+209"/>
        <source>Sign here with the mouse, touchpad, pen or finger</source>
        <translation>Sign here with the mouse, touchpad, pen or finger</translation>
    </message>
</context>
<context>
    <name>SignaturePadDialog</name>
    <message>
        <location line="+53"/>
        <source>Handwritten signature</source>
        <translation>Handwritten signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as you sign on paper. The signature appears behind the stamp of each report you sign with this laptop.</source>
        <translation>Sign as you sign on paper. The signature appears behind the stamp of each report you sign with this laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The signature could not be saved: %1</source>
        <translation>The signature could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <location filename="../../inspector/ui/signing_key.py" line="+64"/>
        <source>Passphrase of your signing key:</source>
        <translation>Passphrase of your signing key:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../inspector/ui/startup.py" line="+32"/>
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
        <location line="+25"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/summary_panel.py" line="+73"/>
        <source>Grade rules</source>
        <translation>Grade rules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Veto items occurred: %1</source>
        <translation>Veto items occurred: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites not met: %1</source>
        <translation>Prerequisites not met: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(projected)</source>
        <translation>(projected)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items still unanswered</source>
        <translation>%1 items still unanswered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus: +%1 (items total %2, cap %3)</source>
        <translation>Bonus: +%1 (items total %2, cap %3)</translation>
    </message>
    <message>
        <location filename="../../forms/summary_panel.ui" line="+29"/>
        <source>Total score (bonus included) / full marks · score rate</source>
        <translation>Total score (bonus included) / full marks · score rate</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why this grade</source>
        <translation>Why this grade</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../inspector/ui/sync/labels.py" line="+12"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bureau holds different content under this evaluation&apos;s id.</source>
        <translation>The bureau holds different content under this evaluation&apos;s id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revision this one replaces was already replaced by another.</source>
        <translation>The revision this one replaces was already replaced by another.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature does not match the content.</source>
        <translation>The signature does not match the content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate was revoked.</source>
        <translation>Your certificate was revoked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate was not issued by the bureau.</source>
        <translation>Your certificate was not issued by the bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your certificate has expired.</source>
        <translation>Your certificate has expired.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bureau computed a different result from the answers.</source>
        <translation>The bureau computed a different result from the answers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bureau does not know this rubric version.</source>
        <translation>The bureau does not know this rubric version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with another inspector&apos;s certificate.</source>
        <translation>Signed with another inspector&apos;s certificate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evaluation belongs to another inspector.</source>
        <translation>This evaluation belongs to another inspector.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: not enrolled with the bureau</source>
        <translation>Sync: not enrolled with the bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync: everything sent</source>
        <translation>Sync: everything sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/status_widget.py" line="+25"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 item(s) from the bureau not used</source>
        <translation>%1 item(s) from the bureau not used</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sync stopped</source>
        <translation>sync stopped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing with the bureau…</source>
        <translation>Syncing with the bureau…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/sync_dialog.py" line="+41"/>
        <source>Not sent yet (%1 attempts): %2</source>
        <translation>Not sent yet (%1 attempts): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt no. %1, %2</source>
        <translation>Receipt no. %1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync with the bureau</source>
        <translation>Sync with the bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a file…</source>
        <translation>Export to a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the bureau&apos;s file…</source>
        <translation>Import the bureau&apos;s file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (revision %1)</source>
        <translation> (revision %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with the bureau…</source>
        <translation>Syncing with the bureau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync stopped: %1. Everything waiting will be sent later.</source>
        <translation>Sync stopped: %1. Everything waiting will be sent later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced: %1 sent, %2 reviews received.</source>
        <translation>Synced: %1 sent, %2 reviews received.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 item(s) from the bureau could not be used; tell the bureau: %2</source>
        <translation>%1 item(s) from the bureau could not be used; tell the bureau: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export to a file</source>
        <translation>Export to a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Sync files (*.zip)</source>
        <translation>Sync files (*.zip)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sign the file</source>
        <translation>Sign the file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 evaluation(s) written to %2. Take the file to the bureau.</source>
        <translation>%1 evaluation(s) written to %2. Take the file to the bureau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import the bureau&apos;s file</source>
        <translation>Import the bureau&apos;s file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bureau&apos;s CA certificate is not installed yet: enrol with the bureau first.</source>
        <translation>The bureau&apos;s CA certificate is not installed yet: enrol with the bureau first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received %1 rubric version(s), %2 school(s), %3 assignment(s), %4 review(s).</source>
        <translation>Received %1 rubric version(s), %2 school(s), %3 assignment(s), %4 review(s).</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../inspector/ui/team/common.py" line="+27"/>
        <source>Parallel: everyone scores every item</source>
        <translation>Parallel: everyone scores every item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split: each area scored by its owner</source>
        <translation>Split: each area scored by its owner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean without the highest and lowest</source>
        <translation>Mean without the highest and lowest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area&apos;s owner decides</source>
        <translation>The area&apos;s owner decides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead settles every item</source>
        <translation>The lead settles every item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s scoresheet imported and merged</source>
        <translation>%1&apos;s scoresheet imported and merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s newer scoresheet replaces the earlier one</source>
        <translation>%1&apos;s newer scoresheet replaces the earlier one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s scoresheet was already imported: nothing changed</source>
        <translation>%1&apos;s scoresheet was already imported: nothing changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older than %1&apos;s current scoresheet: kept in the history, not used</source>
        <translation>older than %1&apos;s current scoresheet: kept in the history, not used</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Did not occur</source>
        <translation>Did not occur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% met</source>
        <translation>%1% met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shortfall</source>
        <translation>No shortfall</translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <location filename="../../inspector/ui/team/member_actions.py" line="+25"/>
        <source>Expert team</source>
        <translation>Expert team</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Join an expert team</source>
        <translation>Join an expert team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team invitations (*.json);;All files (*)</source>
        <translation>Team invitations (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop has no signing key yet: a member joins with the inspector ID of their key.</source>
        <translation>This laptop has no signing key yet: a member joins with the inspector ID of their key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not join: %1</source>
        <translation>Could not join: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This evaluation is not a team member&apos;s scoresheet.</source>
        <translation>This evaluation is not a team member&apos;s scoresheet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in my scoresheet</source>
        <translation>Hand in my scoresheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheets (*.zip)</source>
        <translation>Scoresheets (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the scoresheet</source>
        <translation>Sign the scoresheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scoresheet was not written: %1</source>
        <translation>The scoresheet was not written: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scoresheet is written to %1. Give it to the team&apos;s lead; hand it in again after any change.</source>
        <translation>Your scoresheet is written to %1. Give it to the team&apos;s lead; hand it in again after any change.</translation>
    </message>
</context>
<context>
    <name>TeamMerge</name>
    <message>
        <location filename="../../inspector/ui/team/merge_dialog.py" line="+60"/>
        <source>Expert team: merge the scoresheets</source>
        <translation>Expert team: merge the scoresheets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scoresheet</source>
        <translation>Scoresheet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import scoresheets…</source>
        <translation>Import scoresheets…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Settle…</source>
        <translation>Settle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the agreed answer of the selected item, and why</source>
        <translation>Record the agreed answer of the selected item, and why</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+295"/>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work:</source>
        <translation>Work:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge rule:</source>
        <translation>Merge rule:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreement above:</source>
        <translation>Disagreement above:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of an item&apos;s points</source>
        <translation>%1% of an item&apos;s points</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (lead)</source>
        <translation> (lead)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not handed in</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed in %1</source>
        <translation>Handed in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The lead decides every item</source>
        <translation>The lead decides every item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled by the lead</source>
        <translation>Settled by the lead</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To settle</source>
        <translation>To settle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — reason: %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt; (%1 to settle):</source>
        <translation>&lt;b&gt;Disagreements&lt;/b&gt; (%1 to settle):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;: none so far.</source>
        <translation>&lt;b&gt;Disagreements&lt;/b&gt;: none so far.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(projected)</source>
        <translation>(projected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged total %1 / %2 (%3%) · Grade: %4</source>
        <translation>Merged total %1 / %2 (%3%) · Grade: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to settle · %2 unanswered</source>
        <translation>%1 to settle · %2 unanswered</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Import scoresheets</source>
        <translation>Import scoresheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheets (*.zip);;All files (*)</source>
        <translation>Scoresheets (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an item to settle first.</source>
        <translation>Select an item to settle first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 settled.</source>
        <translation>%1 settled.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the team&apos;s evaluation? After finalizing no scoresheet or settlement can change it (it can only be reopened as a new revision).</source>
        <translation>Finalize the team&apos;s evaluation? After finalizing no scoresheet or settlement can change it (it can only be reopened as a new revision).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not finalized: first, %1 thing(s) to do:</source>
        <translation>Not finalized: first, %1 thing(s) to do:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finalized: %1 / %2, %3.</source>
        <translation>Finalized: %1 / %2, %3.</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../inspector/ui/team/window_actions.py" line="+53"/>
        <source>Merge scoresheets</source>
        <translation>Merge scoresheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team evaluation:</source>
        <translation>Team evaluation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no team evaluation led from this laptop. Create one with New team evaluation…</source>
        <translation>There is no team evaluation led from this laptop. Create one with New team evaluation…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Joined the team: your scoresheet is open.</source>
        <translation>Joined the team: your scoresheet is open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand in my scoresheet</source>
        <translation>Hand in my scoresheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoresheet:</source>
        <translation>Scoresheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not joined a team on this laptop. Join one with Join a team… first.</source>
        <translation>You have not joined a team on this laptop. Join one with Join a team… first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This laptop is not enrolled with the bureau: enrol it first (Sync → Outbox and sync…), or exchange the files by USB stick.</source>
        <translation>This laptop is not enrolled with the bureau: enrol it first (Sync → Outbox and sync…), or exchange the files by USB stick.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send through the bureau</source>
        <translation>Send through the bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation:</source>
        <translation>Evaluation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign and send</source>
        <translation>Sign and send</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent through the bureau to %1; they receive it on their next sync.</source>
        <translation>Sent through the bureau to %1; they receive it on their next sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <location filename="../../inspector/ui/evaluation/tree_panel.py" line="+94"/>
        <source>Next unanswered</source>
        <translation>Next unanswered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next item without an answer</source>
        <translation>Go to the next item without an answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only unanswered / missing evidence</source>
        <translation>Only unanswered / missing evidence</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Answered %1/%2</source>
        <translation>Answered %1/%2</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../inspector/ui/pdf_view/verify_panel.py" line="+24"/>
        <location line="+113"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose CA certificate…</source>
        <translation>Choose CA certificate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose public key…</source>
        <translation>Choose public key…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the bureau&apos;s CA certificate</source>
        <translation>Choose the bureau&apos;s CA certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (%1)</source>
        <translation>Certificates (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the certificate issuer&apos;s public key</source>
        <translation>Choose the certificate issuer&apos;s public key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public keys (%1)</source>
        <translation>Public keys (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This file cannot be checked: %1</source>
        <translation>This file cannot be checked: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid: the signature is intact, unchanged since signing and trusted.</source>
        <translation>Valid: the signature is intact, unchanged since signing and trusted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid: all %1 signatures are intact, unchanged since signing and trusted.</source>
        <translation>Valid: all %1 signatures are intact, unchanged since signing and trusted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intact, but not checked against the bureau: choose its CA certificate to check who signed.</source>
        <translation>Intact, but not checked against the bureau: choose its CA certificate to check who signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not valid: %1 of %2 signatures failed a check (see below).</source>
        <translation>Not valid: %1 of %2 signatures failed a check (see below).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed yet: %1</source>
        <translation>Not signed yet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate cannot be used: %1</source>
        <translation>The CA certificate cannot be used: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against the CA certificate of %1.</source>
        <translation>Checked against the CA certificate of %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bureau&apos;s CA certificate is not installed on this computer: who signed cannot be checked.</source>
        <translation>The bureau&apos;s CA certificate is not installed on this computer: who signed cannot be checked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PDF is not signed, and it is not a certificate.</source>
        <translation>This PDF is not signed, and it is not a certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has empty signature fields: %1</source>
        <translation>It has empty signature fields: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+33"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No certificate code could be read. Photograph the QR code straight on, in focus and well lit, filling more of the picture.</source>
        <translation>No certificate code could be read. Photograph the QR code straight on, in focus and well lit, filling more of the picture.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Genuine certificate: the code is signed with the issuer&apos;s key.</source>
        <translation>Genuine certificate: the code is signed with the issuer&apos;s key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not genuine: %1</source>
        <translation>Not genuine: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public key cannot be used: %1</source>
        <translation>The public key cannot be used: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A certificate code, but it cannot be checked without the issuer&apos;s public key: choose the key below.</source>
        <translation>A certificate code, but it cannot be checked without the issuer&apos;s public key: choose the key below.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked with the public key %1. The bureau&apos;s records were not consulted.</source>
        <translation>Checked with the public key %1. The bureau&apos;s records were not consulted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No public key of the certificate issuer has been chosen.</source>
        <translation>No public key of the certificate issuer has been chosen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the code says (not verified)</source>
        <translation>What the code says (not verified)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check due</source>
        <translation>Re-check due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../inspector/ui/new_evaluation_dialog.py" line="-137"/>
        <source>Regular inspection</source>
        <translation>Regular inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random inspection</source>
        <translation>Random inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special inspection</source>
        <translation>Special inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint check</source>
        <translation>Complaint check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal evaluation</source>
        <translation>Formal evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-evaluation</source>
        <translation>Self-evaluation</translation>
    </message>
</context>
</TS>
