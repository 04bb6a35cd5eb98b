"""The app's addresses (Dutch, as the people using it read them)."""

from __future__ import annotations

from django.urls import path

from vaktaal.web.views import accounts, coach, coach_pack, common, employer, progress, reviewer

urlpatterns = [
    path("", common.home, name="home"),
    path("inloggen/", common.Login.as_view(), name="login"),
    path("uitloggen/", common.Logout.as_view(), name="logout"),
    # coach
    path("coach/", coach.learners, name="learners"),
    path("coach/cursist/<int:pk>/", coach.learner, name="learner"),
    path("coach/cursist/<int:pk>/plan/maken/", coach.make_plan, name="make_plan"),
    path("coach/cursist/<int:pk>/plan/verplaats/", coach.move, name="move"),
    path("coach/cursist/<int:pk>/deck/", coach.deck, name="deck"),
    path("coach/cursist/<int:pk>/voortgang/", progress.progress, name="progress"),
    path("coach/cursist/<int:pk>/voortgang/anki/", progress.import_export, name="progress_import"),
    path("coach/cursist/<int:pk>/plaatje/<path:key>", progress.picture, name="progress_picture"),
    path("coach/cursist/<int:pk>/week/<int:week>/", coach_pack.week_page, name="week"),
    path("coach/cursist/<int:pk>/week/<int:week>/maken/", coach_pack.make_pack, name="make_pack"),
    path("coach/cursist/<int:pk>/week/<int:week>/afvinken/", coach.checklist, name="checklist"),
    path("coach/cursist/<int:pk>/week/<int:week>/telefoon.zip", coach_pack.phone_zip, name="phone_zip"),
    path("coach/cursist/<int:pk>/week/<int:week>/pakket/<path:name>", coach_pack.pack_file, name="pack_file"),
    # employer
    path("werkgever/", employer.own, name="employer_home"),
    path("werkgever/<slug:employer>/", employer.terms, name="employer_terms"),
    path("werkgever/<slug:employer>/toevoegen/", employer.add, name="employer_add"),
    path("werkgever/<slug:employer>/woord/<slug:sector>/<slug:term_id>/", employer.edit, name="employer_edit"),
    path("werkgever/<slug:employer>/foto/<slug:sector>/<slug:term_id>/", employer.photo, name="employer_photo"),
    path("werkgever/<slug:employer>/lijst/", employer.upload, name="employer_upload"),
    path("werkgever/<slug:employer>/lijst/bevestigen/", employer.confirm, name="employer_confirm"),
    path("werkgever/<slug:employer>/sjabloon.xlsx", employer.template, name="employer_template"),
    # reviewer
    path("controle/", reviewer.queue, name="review_queue"),
    path("controle/antwoord/", reviewer.answer, name="review_answer"),
    path("controle/opname/", reviewer.record, name="review_record"),
    path("controle/geluid/<slug:lang>/<slug:slot>/<path:key>", reviewer.sound, name="review_sound"),
    path("controle/plaatje/<slug:lang>/<path:key>", reviewer.picture, name="review_picture"),
    # admin
    path("beheer/", accounts.accounts, name="accounts"),
    path("beheer/account/<int:pk>/", accounts.account, name="account"),
    path("beheer/account/<int:pk>/wachtwoord/", accounts.password, name="account_password"),
    path("beheer/account/<int:pk>/verwijderen/", accounts.remove, name="account_remove"),
    path("beheer/cursisten/", accounts.learners, name="admin_learners"),
]

handler403 = common.forbidden
handler404 = common.not_found
handler500 = common.server_error
