from django.urls import path

from triage.views import dashboard, export, imports, outcomes, replies

app_name = "triage"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("queues/", dashboard.queues, name="queues"),
    path("invitations/add/", dashboard.add_invitation, name="add_invitation"),
    path("progress/", dashboard.progress, name="progress"),
    path("invitations/<int:pk>/move/", dashboard.move, name="move"),
    path("invitations/<int:pk>/mark/", dashboard.mark, name="mark"),
    path("invitations/<int:pk>/undo/<int:event_pk>/", dashboard.undo, name="undo"),
    path("invitations/bulk/", dashboard.bulk, name="bulk"),
    path("import/", imports.import_page, name="import"),
    path("import/upload/", imports.upload, name="import_upload"),
    path("import/paste/", imports.paste_preview, name="import_paste_preview"),
    path("import/paste/confirm/", imports.paste_confirm, name="import_paste_confirm"),
    path("import/batches/<int:pk>/", imports.batch_detail, name="batch"),
    path("replies/", replies.template_list, name="reply_templates"),
    path("replies/new/", replies.template_new, name="reply_template_new"),
    path("replies/preview/", replies.template_preview, name="reply_template_preview"),
    path("replies/<int:pk>/", replies.template_edit, name="reply_template_edit"),
    path("replies/<int:pk>/default/", replies.template_make_default, name="reply_template_default"),
    path("replies/<int:pk>/delete/", replies.template_delete, name="reply_template_delete"),
    path("invitations/<int:pk>/", outcomes.invitation_detail, name="invitation_detail"),
    path("invitations/<int:pk>/outcome/", outcomes.record_outcome, name="record_outcome"),
    path("invitations/<int:pk>/outcome/reopen/", outcomes.reopen_outcome, name="reopen_outcome"),
    path("invitations/<int:pk>/outcome/decide/", outcomes.decide, name="decide_after_answer"),
    path("invitations/<int:pk>/outcome/answer/", outcomes.paste_answer, name="paste_answer"),
    path("invitations/<int:pk>/outcome/sent/", outcomes.reply_sent, name="outcome_reply_sent"),
    path("awaiting/", outcomes.awaiting, name="awaiting"),
    path("awaiting/badge/", outcomes.overdue_badge, name="overdue_badge"),
    path("stats/", outcomes.stats, name="stats"),
    path("export.csv", export.export_csv, name="export_csv"),
]
