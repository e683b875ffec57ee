import datetime as dt
from zoneinfo import ZoneInfo
from django_scopes import scopes_disabled
from pretalx.event.models import Event, Organiser
from pretalx.person.models import User
from pretalx.submission.models import Submission, SubmissionType
from pretalx.schedule.models import Room, TalkSlot

tz = ZoneInfo("Asia/Bangkok")
with scopes_disabled():
    org, _ = Organiser.objects.get_or_create(name="Alliance", slug="alliance")
    ev = Event.objects.filter(slug="consult2026").first()
    if not ev:
        ev = Event.objects.create(
            name="Regional consultation on safe migration", slug="consult2026",
            organiser=org, date_from=dt.date(2026, 11, 30), date_to=dt.date(2026, 12, 1),
            timezone="Asia/Bangkok", email="org@example.org", locale="en", locale_array="en,es",
            content_locale_array="en,es",
        )
    talk = SubmissionType.objects.filter(event=ev).first()
    panel, _ = SubmissionType.objects.get_or_create(event=ev, name="Panel", defaults={"default_duration": 90})
    hall, _ = Room.objects.get_or_create(event=ev, name="Main hall", defaults={"position": 1})
    side, _ = Room.objects.get_or_create(event=ev, name="Room 2", defaults={"position": 2})
    talks = [
        ("Recruitment fees and debt bondage", talk, hall, (9, 0), 45, "en", ["Siti Rahma", "Jorge Pérez"]),
        ("Sex workers' organising against trafficking laws", panel, hall, (10, 0), 90, "en", ["Mai Nguyen", "Ana Souza"]),
        ("Domestic workers' unions: organising across borders", talk, side, (10, 0), 60, "es", ["Lucía Gómez"]),
        ("Shelters and the right to leave", talk, side, (14, 0), 45, "en", ["Siti Rahma"]),
    ]
    ev.wip_schedule.talks.all().delete()
    for i, (title, stype, room, (h, m), minutes, lang, speakers) in enumerate(talks):
        sub, _ = Submission.objects.get_or_create(
            event=ev, title=title,
            defaults=dict(submission_type=stype, state="confirmed", content_locale=lang,
                          abstract=f"Abstract of: {title}", description="", duration=minutes),
        )
        for name in speakers:
            email = name.lower().replace(" ", ".").replace("é", "e").replace("í", "i") + "@example.org"
            user = User.objects.filter(email=email).first() or User.objects.create_user(email=email, password="x" * 20, name=name)
            sub.speakers.add(user)
        start = dt.datetime(2026, 11, 30 if i < 3 else 12 - 11, h, m, tzinfo=tz) if False else dt.datetime(2026, 11, 30, h, m, tzinfo=tz)
        if i == 3:
            start = dt.datetime(2026, 12, 1, h, m, tzinfo=tz)
        slot = TalkSlot.objects.filter(submission=sub, schedule=ev.wip_schedule).first()
        if not slot:
            slot = TalkSlot.objects.create(submission=sub, schedule=ev.wip_schedule)
        slot.room = room
        slot.start = start
        slot.end = start + dt.timedelta(minutes=minutes)
        slot.is_visible = True
        slot.save()
    if not ev.current_schedule:
        ev.release_schedule(name="v1")
    ev = Event.objects.get(slug="consult2026")
    from pretalx.schedule.exporters import FrabXmlExporter, FrabJsonExporter
    for cls, path in [(FrabXmlExporter, "/tmp/ptx/schedule.xml"), (FrabJsonExporter, "/tmp/ptx/schedule.json")]:
        exp = cls(ev, schedule=ev.current_schedule)
        data = exp.get_data()
        if not isinstance(data, (str, bytes)):
            import json
            data = json.dumps(data, ensure_ascii=False, indent=2)
        ctype = cls.content_type
        with open(path, "w" if isinstance(data, str) else "wb") as f:
            f.write(data)
        print(path, ctype, len(data))
