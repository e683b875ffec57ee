import datetime as dt
import unicodedata
from zoneinfo import ZoneInfo
from django_scopes import scopes_disabled
from pretalx.event.models import Event, Organiser
from pretalx.person.models import User
from pretalx.submission.models import Submission, SubmissionType
from pretalx.schedule.models import Room, TalkSlot

# 80 distinct speakers: South-East Asia, Latin America, Africa, Europe.
NAMES = [
    "Siti Rahmawati", "Nguyen Thi Mai", "Dewi Lestari", "Maria Fe Santos", "Thandar Aung",
    "Somchai Phromma", "Nattaya Boonchai", "Kanya Srisuk", "Rina Hartono", "Ni Made Ayu Sari",
    "Tran Van Hung", "Le Thi Thu Ha", "Joy Villanueva", "Ramon Dizon", "Lina Chhun",
    "Sokha Phan", "Noraini Ismail", "Farah Aziz", "Khin Myat Noe", "Zaw Min Htet",
    "Anan Wongsakul", "Pham Minh Chau", "Ana Liza Reyes", "Bounmy Phommachanh", "Wulan Sari Pratiwi",
    "Lucía Gómez Herrera", "Jorge Pérez Ruiz", "Ana Paula Souza", "Camila Rojas", "Mariana Ferreira",
    "Diego Ramírez", "Valentina Ortiz", "Sofía Castillo", "Fernanda Lima", "Carlos Mendoza",
    "Gabriela Núñez", "Luis Alberto Quispe", "Paola Vargas", "Andrés Montoya", "Juliana Carvalho",
    "Rocío Benítez", "Tomás Aguilar", "Daniela Suárez", "Héctor Villalobos", "Marisol Chávez",
    "Amina Yusuf", "Chiamaka Okafor", "Wanjiru Kamau", "Fatoumata Diallo", "Kwame Mensah",
    "Thandiwe Ndlovu", "Abebe Tesfaye", "Nomsa Dlamini", "Grace Achieng", "Moussa Traoré",
    "Aïssatou Sow", "Blessing Eze", "Zainab Bello", "Samuel Owusu", "Mercy Wambui",
    "Hawa Kamara", "Tendai Moyo", "Selam Haile",
    "Anna Kowalska", "Sophie Martin", "Lena Fischer", "Elena Popescu", "Marta García Vidal",
    "Ingrid Johansson", "Giulia Romano", "Katarzyna Nowak", "Pieter de Vries", "Claire Dubois",
    "Niamh O'Brien", "Eva Horváth", "Jonas Müller", "Irena Petrović", "Hanna Virtanen",
    "Tomasz Wiśniewski", "Ruth Lindqvist",
]
assert len(NAMES) == 80 and len(set(NAMES)) == 80

# (title, language, abstract)
TALKS = [
    ("Recruitment fees and debt bondage on the Indonesia–Singapore corridor", "en",
     "How fees charged by recruiters in Java and by placement agencies in Singapore turn into months of salary deductions. Findings from interviews with 120 domestic workers."),
    ("Sex workers' organising against anti-trafficking raids", "en",
     "Sex worker collectives describe what raids do to their communities and how they have pushed back through documentation and legal challenges."),
    ("Domestic workers' unions: organising across borders", "en",
     "Unions in origin and destination countries compare strategies for reaching workers who live in their employers' homes."),
    ("Shelters and the right to leave", "en",
     "Many shelters for trafficked persons do not let residents leave. Speakers discuss the legal basis for this and the alternatives."),
    ("Live-in domestic work in Hong Kong: rest days and passports", "en",
     "Rest days, passport confiscation and the two-week rule, as seen by Filipino and Indonesian workers' organisations."),
    ("Trabajo sexual y leyes de trata en América Latina", "es",
     "Cómo las leyes contra la trata se aplican a las trabajadoras sexuales en Argentina, México y Colombia."),
    ("Labour inspections on Thai fishing vessels", "en",
     "What port-in port-out inspections find, what they miss, and what fishers from Myanmar and Cambodia say would help."),
    ("Migrant workers' remittances and debt", "en",
     "Remittances are often spent on repaying debt taken on to migrate. A look at household data from Nepal, Indonesia and the Philippines."),
    ("Redes de trabajadoras del hogar en Centroamérica", "es",
     "Organizaciones de trabajadoras del hogar de Guatemala, Honduras y El Salvador presentan su trabajo en red."),
    ("“Rescue” and its aftermath: testimonies from Cambodia", "en",
     "Women who were “rescued” from entertainment venues in Phnom Penh talk about the months that followed."),
    ("Undocumented workers and access to health care in Malaysia", "en",
     "Hospital fees, immigration checks and fear of arrest keep undocumented workers from treatment. Health workers and migrants propose changes."),
    ("Myanmar–Thailand border: seasonal farm work and the MoU system", "en",
     "Seasonal workers crossing from Myawaddy to Mae Sot rarely use the formal MoU channel. Why, and what it costs them."),
    ("Placement agencies and standard employment contracts in Singapore", "en",
     "An assessment of the standard contract for foreign domestic workers and of how agencies use it in practice."),
    ("Community-led alternatives to shelters", "en",
     "Peer-run drop-in centres and housing schemes from Thailand, Kenya and Germany, and how they are funded."),
    ("Migración y cuidados: cadenas globales de cuidado", "es",
     "Las mujeres que migran para cuidar dejan a su vez a otras personas a cargo de sus familias. Un panel sobre las cadenas globales de cuidado."),
    ("Sex work decriminalisation: lessons from New Zealand and Belgium", "en",
     "Two decriminalisation models compared, with attention to migrant sex workers who are excluded from them."),
    ("Philippines–Gulf corridor: pre-departure training that works", "en",
     "Returnees and trainers discuss which parts of pre-departure orientation were useful once workers arrived in Saudi Arabia and Kuwait."),
    ("Mobile phones, wages and digital payment for migrant workers", "en",
     "Phone confiscation, e-wallets and wage transfers: how digital tools help and harm migrant workers."),
    ("Mujeres migrantes en la frontera norte de México", "es",
     "Testimonios y datos sobre las mujeres que esperan en Tijuana y Ciudad Juárez, y sobre el trabajo que encuentran allí."),
    ("Anti-trafficking funding and its side effects", "en",
     "Where anti-trafficking money goes and what programmes it pays for. A critical look at a decade of donor funding in the region."),
    ("Legal aid for migrant workers facing deportation", "en",
     "Lawyers from Malaysia, Thailand and Spain share how they take on cases of workers held for deportation."),
    ("Forced labour in palm oil supply chains", "en",
     "Findings from plantations in Sabah and Kalimantan, and the limits of company audits."),
    ("Peer outreach with migrant sex workers in Europe", "en",
     "Outreach workers from Berlin, Paris and Warsaw describe how they reach sex workers who do not speak the local language."),
    ("Repatriation and reintegration: what returnees ask for", "en",
     "Returnees to Laos, Vietnam and Ethiopia describe the support they received and what they would have needed instead."),
    ("Trabajadoras del hogar y el Convenio 189 de la OIT", "es",
     "Diez años después de su ratificación en varios países, ¿qué ha cambiado para las trabajadoras del hogar?"),
    ("Visa sponsorship (kafala) and the freedom to change employer", "en",
     "Recent reforms to sponsorship systems in the Gulf and whether domestic workers can actually change employer."),
    ("Research ethics with trafficked and criminalised people", "en",
     "Consent, payment, safety and who owns the findings. Researchers and community members discuss practice."),
    ("Vietnam–Taiwan labour export: brokers and fees", "en",
     "Brokers on both sides of the corridor, the fees they charge and the debt workers carry to factories in Taiwan."),
    ("Police violence against sex workers: documenting cases", "en",
     "How sex worker organisations collect and use evidence of police abuse, from Manila to Nairobi."),
    ("West African women migrating to the Gulf as domestic workers", "en",
     "A growing corridor from Sierra Leone, Ghana and Nigeria to the Gulf, and the organisations that support women on it."),
    ("Complaint mechanisms that migrant workers actually use", "en",
     "Hotlines, apps and labour courts compared by the number and outcome of complaints filed by migrant workers."),
    ("Derechos laborales de trabajadoras sexuales en Argentina", "es",
     "El sindicato AMMAR presenta su lucha por el reconocimiento del trabajo sexual como trabajo."),
    ("Children of migrant workers: schooling on the Thai border", "en",
     "Migrant learning centres in Tak province and the path into Thai public schools."),
    ("Media coverage of trafficking: beyond the rescue story", "en",
     "Journalists and activists on how to report on trafficking without sensationalism or victim imagery."),
    ("Cross-border union agreements in South-East Asia", "en",
     "Bilateral agreements between unions in origin and destination countries: what they promise and what they deliver."),
    ("Safe migration information: what reaches villages", "en",
     "Which safe migration messages reach prospective migrants in rural Indonesia and Myanmar, and which they trust."),
    ("Organising in immigration detention", "en",
     "Detained migrants and their supporters on self-organisation, hunger strikes and legal action."),
    ("Personas migrantes venezolanas en Colombia y Perú", "es",
     "Regularización, trabajo informal y riesgo de trata entre personas migrantes venezolanas."),
    ("Gender, migration and climate displacement in the Mekong Delta", "en",
     "Salinisation and floods push families from the Delta to Ho Chi Minh City and abroad. How this affects women in particular."),
    ("Closing plenary: a regional agenda on migrants' and sex workers' rights", "en",
     "Rapporteurs from each track present the main demands and the commitments made during the consultation."),
]
assert len(TALKS) == 40 and len({t[0] for t in TALKS}) == 40

ROOMS = ["Main hall", "Room 2", "Room 3", "Room 4"]
TIMES = [(9, 0), (10, 45), (13, 30), (15, 15)]  # 105 minutes apart; talks last at most 90

# (day, room, time) in chronological order: 13 + 15 + 12 slots.
SLOTS = []
for day, day_slots in [
    (dt.date(2026, 11, 30), [(r, t) for t in TIMES[:3] for r in ROOMS] + [("Main hall", TIMES[3])]),
    (dt.date(2026, 12, 1), [(r, t) for t in TIMES for r in ROOMS if not (r == "Room 4" and t == TIMES[3])]),
    (dt.date(2026, 12, 2), [(r, t) for t in TIMES[:2] for r in ROOMS]
        + [(r, TIMES[2]) for r in ROOMS[1:]] + [("Main hall", TIMES[3])]),
]:
    SLOTS += [(day, r, t) for r, t in day_slots]
assert len(SLOTS) == 40
assert sum(1 for s in SLOTS if s[0] == dt.date(2026, 12, 1)) == 15

DURATIONS = [45, 60, 75, 90, 60, 45, 90, 75]
COUNTS = [2, 1, 3, 2, 4, 2, 1, 3]  # 18 per 8 talks, 90 in all: every name once, ten twice
speakers_of = []
k = 0
for i in range(40):
    n = COUNTS[i % len(COUNTS)]
    speakers_of.append([NAMES[(k + j) % 80] for j in range(n)])
    k += n
assert len({n for s in speakers_of for n in s}) == 80


def email_of(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ascii_name.lower().replace("'", "").replace(" ", ".") + "@example.org"


assert len({email_of(n) for n in NAMES}) == 80

tz = ZoneInfo("Asia/Bangkok")
with scopes_disabled():
    org, _ = Organiser.objects.get_or_create(name="Alliance", slug="alliance")
    ev = Event.objects.filter(slug="bench40").first()
    if not ev:
        ev = Event.objects.create(
            name="Regional consultation: program of 40 sessions", slug="bench40",
            organiser=org, date_from=dt.date(2026, 11, 30), date_to=dt.date(2026, 12, 2),
            timezone="Asia/Bangkok", email="org@example.org", locale="en", locale_array="en,es",
            content_locale_array="en,es",
        )
    talk = SubmissionType.objects.filter(event=ev).first()
    panel, _ = SubmissionType.objects.get_or_create(event=ev, name="Panel", defaults={"default_duration": 90})
    rooms = {}
    for pos, name in enumerate(ROOMS, start=1):
        rooms[name], _ = Room.objects.get_or_create(event=ev, name=name, defaults={"position": pos})
    ev.wip_schedule.talks.all().delete()
    busy = []
    for i, ((title, lang, abstract), (day, room, (h, m))) in enumerate(zip(TALKS, SLOTS)):
        minutes = 90 if i == 39 else DURATIONS[i % len(DURATIONS)]
        stype = panel if minutes == 90 else talk
        sub, _ = Submission.objects.get_or_create(
            event=ev, title=title,
            defaults=dict(submission_type=stype, state="confirmed", content_locale=lang,
                          abstract=abstract, description="", duration=minutes),
        )
        for name in speakers_of[i]:
            email = email_of(name)
            user = User.objects.filter(email=email).first() or User.objects.create_user(email=email, password="x" * 20, name=name)
            sub.speakers.add(user)
        start = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=tz)
        end = start + dt.timedelta(minutes=minutes)
        for r, s, e in busy:
            assert r != room or end <= s or e <= start, (title, room, start)
        busy.append((room, start, end))
        slot = TalkSlot.objects.filter(submission=sub, schedule=ev.wip_schedule).first()
        if not slot:
            slot = TalkSlot.objects.create(submission=sub, schedule=ev.wip_schedule)
        slot.room = rooms[room]
        slot.start = start
        slot.end = end
        slot.is_visible = True
        slot.save()
    if not ev.current_schedule:
        ev.release_schedule(name="v1")
    ev = Event.objects.get(slug="bench40")
    from pretalx.schedule.exporters import FrabXmlExporter
    exp = FrabXmlExporter(ev, schedule=ev.current_schedule)
    data = exp.get_data()
    with open("/tmp/ptx40/schedule.xml", "w" if isinstance(data, str) else "wb") as f:
        f.write(data)
    print("/tmp/ptx40/schedule.xml", FrabXmlExporter.content_type, len(data))
