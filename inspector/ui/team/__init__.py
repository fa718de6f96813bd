"""Expert-team evaluations (专家组评估) in the app, thin over :mod:`inspector.team.workflow`.

- ``new_team_dialog.NewTeamDialog``: the lead creates the team and exports the invitation;
- ``merge_dialog.TeamMergeDialog``: the lead imports the members' scoresheets, sees the
  disagreements side by side, settles them (``settle_dialog.SettleDialog``) and finalizes;
- ``member_actions``: a member joins from an invitation and hands in a signed scoresheet.

Every module is imported on first use (from the window's 专家组 menu), never at start-up.
"""
