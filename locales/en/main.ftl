# English is the fallback and the reference for every key.

site-name = convene
skip-to-content = Skip to content
nav-now = Now and next
nav-program = Program
nav-main = Main
language-switch = Language of the pages
language-group-consultation = Languages of this consultation
language-group-all = All languages
filter-language = Language of the texts
filter-all-languages = All languages
demo-banner = Demo data: this consultation is built from a real agenda, with invented dates.
footer-time-zone = Times are in { $zone } time.

now-title = Now and next
now-running = Happening now
now-next = Coming next
now-nothing-running = Nothing is happening right now.
now-before = The consultation starts on { $date }.
now-after = The consultation has ended. Thank you for taking part.
now-see-program = See the whole program

program-title = Program
program-days = Days
program-day-empty = Nothing is scheduled on this day.
program-day-label = Day { $number }

session-kind-plenary = Plenary
session-kind-facilitated-discussion = Facilitated discussion
session-kind-open-space = Open space
session-kind-break = Break
session-kind-other = Session

session-when = When
session-where = Where
session-languages = Languages
session-interpretation = Interpretation into
session-facilitators = Facilitators
session-speakers = Speakers
session-panelists = Panelists
session-about = About this session
session-topics = Topics for the open space
session-topics-intro = Based on the questionnaire, these topics may be of interest; more will be proposed at the meeting.
session-board-link = Go to the open space board
session-topic-suggested = Suggested
session-topic-proposed = Proposed by { $organisation }
session-topic-interested = Interested: { $organisations }
session-back = Back to the program
session-now = Happening now
session-more-people = { $count ->
    [one] and one more
   *[other] and { $count } more
}

empty-title = No consultation yet
empty-body = This server has no consultation yet. An organiser can load the demo with “convene demo”, or start the server with “convene serve --demo”.

error-not-found-title = Page not found
error-not-found-body = There is nothing at this address. It may have been removed, or the link may be incomplete.
error-internal-title = Something went wrong
error-internal-body = The server could not answer this request. Please try again in a moment.
error-cannot-save-title = The server cannot save right now
error-home = Go to the start page


nav-directory = Directory

directory-title = Directory
directory-people = People
directory-organisations = Organisations
directory-corridors = Corridors
directory-tabs = Directory sections
directory-search = Search by name
directory-country = Country
directory-sector = Sector
directory-language = Language
directory-corridor = Corridor
directory-any = Any
directory-apply = Filter
directory-clear = Clear filters
directory-count-people = { $count ->
    [one] One person
   *[other] { $count } people
}
directory-count-organisations = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}
directory-none = Nobody matches these filters.
directory-none-organisations = No organisation matches these filters.
directory-visibility-organisers = Organisers only
directory-visibility-hidden = Hidden
directory-visibility-listed = Listed
directory-role-organiser = Organiser
directory-role-facilitator = Facilitator
directory-role-participant = Participant

organisation-website = Website
organisation-sectors = Sectors
organisation-services = Services
organisation-languages = Languages
organisation-corridors = Migration corridors
organisation-people = People
organisation-sessions = Speaking in
organisation-no-people = No one from this organisation is listed.
organisation-edit-link = Edit this organisation
organisation-new-link = Add an organisation
organisation-edit-title = Edit { $name }
organisation-new-title = Add an organisation
organisation-edit-back = Back
organisation-acronym = Acronym
organisation-tags = Other sectors
organisation-tags-help = Sectors not in the list, separated by |
organisation-corridors-help = Pick the origin and the destination of each migration corridor the organisation works on. To remove a corridor, set both to “—”.
organisation-no-members = No one belongs to this organisation yet.
organisation-merge = Merge a duplicate into this organisation
organisation-merge-help = The other organisation's people, topics and corridors move to { $name }, and its sectors, services and languages are added. Then it is deleted: this cannot be undone.
organisation-merge-other = The duplicate
organisation-merge-button = Merge into this one
error-organisation-name-taken = Another organisation already has this name or acronym (see /organisations/{ $id }): merge the two instead.
error-merge-same-organisation = An organisation cannot be merged into itself.

corridors-intro = A migration corridor links an origin country and a destination country. Organisations at both ends of the same corridor can refer people to each other.
corridors-present = Corridors among the participants
corridors-count = { $count ->
    [one] one organisation
   *[other] { $count } organisations
}
corridors-origin = From (origin)
corridors-destination = To (destination)
corridors-show = Show
corridors-origin-end = At the origin end, in { $country }
corridors-destination-end = At the destination end, in { $country }
corridors-elsewhere = Also working on this corridor
corridors-nobody = No organisation here yet.
corridors-none = No organisation among the participants works on this corridor.

error-bad-request-title = This request cannot be answered

import-title = Import participants
import-link = Import participants from a spreadsheet
import-file = Participant list (CSV file)
import-submit = Import
import-failed = Nothing was imported. Correct these rows and try again:
import-too-large = The file is too large: at most { $megabytes } MB can be imported.
import-no-file = Choose a CSV file to import.
import-done-new = { $count ->
    [one] One new person,
   *[other] { $count } new people,
}
import-done-updated = { $count ->
    [one] one updated,
   *[other] { $count } updated,
}
import-done-organisations = { $count ->
    [one] one organisation created.
   *[other] { $count } organisations created.
}
import-ignored = Columns not read:
import-col-organisation-fields = optional, for one sheet with everything: organisation_acronym, organisation_country, organisation_sectors, organisation_services, organisation_languages, organisation_website and organisation_corridors (such as ID>SG|ID>MY) describe the person's organisation
import-done-organisations-updated = { $count ->
    [one] 1 organisation updated.
   *[other] { $count } organisations updated.
}
import-orgs-link = Import organisations from a spreadsheet
import-orgs-title = Import organisations
import-orgs-file = Organisations list (CSV file)
import-orgs-see = See the organisations
import-orgs-format-body = A spreadsheet saved as CSV (UTF-8), with commas or semicolons. The first line names the columns, in any order; only "name" is required. The whole file is imported or nothing is. An organisation already known by its name or acronym is updated; a column the file does not have is left as it is. The organisations download has exactly these columns.
import-orgs-col-name = the organisation's name
import-orgs-col-acronym = a short name; organisations are recognised by name or acronym
import-orgs-col-sectors = keys such as domestic-work or sex-work, separated by |; other values are kept as the organisation's own sectors
import-orgs-col-services = keys such as legal-aid, shelter, hotline, outreach, separated by |
import-orgs-col-website = an address starting with https://
import-orgs-col-corridors = migration corridors as origin>destination country codes, separated by |, such as ID>SG|ID>MY
import-see = See the people
import-format = The file
import-format-body = A spreadsheet saved as CSV (UTF-8), with commas or semicolons. The first line names the columns, in any order; only "name" is required. The whole file is imported or nothing is. Importing the same file again updates people instead of adding them twice.
import-col-name = the name to show; a pseudonym is fine
import-col-organisation = matched by name or acronym, or created
import-col-country = an ISO 3166 code (AR) or the English name (Argentina)
import-col-role = organiser, facilitator or participant (default)
import-col-languages = ISO 639-1 codes separated by spaces or |, such as "es|en"
import-col-email = optional; used to recognise the person on a later import
import-col-visibility = listed (to participants), organisers (only; the default) or hidden

export-title = Downloads
export-ical = Subscribe in your calendar (iCal)
export-frab-xml = Schedule for conference apps (frab XML)
export-frab-json = Schedule as frab JSON
export-session-ical = Add to my calendar
export-people-csv = People as a spreadsheet (CSV)
export-organisations-csv = Organisations as a spreadsheet (CSV)
export-hsds = Organisations for referral tools (Open Referral HSDS, zip)

nav-account = Account
signin-title = Sign in
signin-intro = This consultation is private. Participants sign in with the personal link or QR code they received from the organisers, for example on their badge.
signin-how = Open your link on this device, or scan the QR code on your badge with the phone's camera.
signin-confirm = You are signing in as { $name }.
signin-button = Sign in
signin-invalid-title = This sign-in link cannot be used
signin-invalid-body = It may have been used already, replaced by a newer one, or expired. Ask the organisers for a new link.
account-title = Your account
account-signed-in-as = You are signed in as { $name }.
account-signout = Sign out
account-signout-everywhere = Sign out on every device
account-audit = Audit log of organiser actions
audit-title = Audit log
audit-when = When
audit-who = Who
audit-what = What
audit-detail = Detail
audit-empty = No organiser action recorded yet.
error-forbidden-title = Not open to you

invitations-title = Invitations
invitations-intro = Each person signs in with a personal link, printed on their badge as a QR code. A link works once; making a new one cancels the old. Links are shown only when they are made, so print the badges then.
invitations-all = Make badges for everyone not invited yet
invitations-person = Person
invitations-status = Status
invitations-actions = Actions
invitations-new-link = New link
invitations-revoke = Revoke access
invitations-signed-in = Signed in
invitations-invited = Invited, link not used yet
invitations-none = Not invited
invitations-badges = Printed badges
invitations-mail-title = By e-mail
invitations-mail-server = Invitations are sent through { $server }. Each message holds a new sign-in link and its QR code, in the person's language; the old link stops working once the new one is sent.
invitations-mail-not-yet-in = E-mail everyone not signed in yet
invitations-mail-everyone = E-mail everyone
invitations-mail-one = E-mail a new link
invitations-mail-count-sent = { $count ->
    [one] 1 sent
   *[other] { $count } sent
}
invitations-mail-count-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}
invitations-mail-count-failed = { $count ->
    [one] 1 failed
   *[other] { $count } failed
}
invitations-mail-count-no-address = { $count ->
    [one] 1 person without an address
   *[other] { $count } people without an address
}
invitations-mail-sent = E-mailed to { $address }
invitations-mail-failed = Not sent to { $address }: { $reply }
invitations-mail-retrying = Trying again to send to { $address } ({ $reply })
invitations-mail-waiting = Being sent to { $address }
invitations-mail-queued = { $count ->
    [0] Nobody to send to: everyone chosen already has a message on its way, or no address.
    [one] 1 invitation is being sent.
   *[other] { $count } invitations are being sent.
}
invitations-mail-repeated = These invitations were already sent on their way: nothing was sent twice.
invitations-mail-off = No mail server is configured, so invitations cannot be sent by e-mail: print badges instead. To send them by e-mail, add to the configuration file (or give --smtp-url and --smtp-from):
invitations-mail-off-credentials = The user name and password go in the environment variables CONVENE_SMTP_USER and CONVENE_SMTP_PASSWORD, never in the file. Then restart convene.
invitations-wording = The wording of the e-mail
invitations-wording-language = Language
invitations-wording-show = Show
invitations-wording-subject = Subject
invitations-wording-body = Message
invitations-wording-help = These are replaced for each person: {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} and {"{"}link{"}"} (required). The QR code comes below the message. Save it empty to go back to convene's wording.
invitation-mail-subject = Your invitation: {"{"}consultation{"}"}
invitation-mail-body =
    Dear {"{"}name{"}"},

    You are invited to {"{"}consultation{"}"}, {"{"}dates{"}"}, in {"{"}place{"}"}.

    Open this personal link to sign in (it works once, on one device; keep it to yourself):
    {"{"}link{"}"}

    You can also scan the QR code below with your phone's camera. The program, the participants and the open space are all there.
invitation-mail-qr = QR code of your sign-in link
error-mail-not-configured = No mail server is configured: print badges instead.
error-mail-form-key = This form is out of date: reload the page and send again.
error-mail-no-subject = The e-mail needs a subject.
error-mail-no-link = The message must hold {"{"}link{"}"}: without it nobody could sign in.
error-mail-unknown-placeholder = “{"{"}{ $word }{"}"}” is not something convene can fill in: use {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} or {"{"}link{"}"}.
badges-title = Badges
badges-intro = Print this page now (several badges per A4 sheet): the links cannot be shown again. Each QR code signs its person in once.
badges-qr = QR code of the personal sign-in link
account-invitations = Invitations and badges
account-saved = Saved.
account-name = Your name as others see it (a pseudonym is fine)
account-visibility = Who may see you in the directory
account-visibility-listed = All participants
account-visibility-organisers = Organisers only
account-visibility-hidden = Nobody (hidden from every list)
account-languages = Languages you speak
account-languages-add = Add a language
account-languages-hint = Untick a language to remove it.
account-save = Save my details
account-program-save = Save the program setting
account-my-data = Download all data held about you (JSON)
erase-confirm = sure
erase-button = Erase
erase-unconfirmed = Tick "sure" to confirm the erasure.
erase-self = You cannot erase yourself while signed in; ask another organiser.
quick-exit = Quick exit
account-program-visibility = The program
account-program-public = Anyone with the address may read the program (sessions, times, listed speakers). The directory always needs signing in.
error-conflict-title = This cannot be done right now
signin-confirm-screen = This device becomes the screen “{ $name }”: it shows the program and boards, without personal data.
signin-organiser = Organisers: sign in with a password
signin-name = Your name
signin-password = Password
signin-password-refused = That name and password do not match an organiser. Organisers without a password sign in with a link from another organiser or from “convene admin add”.
account-consents = Where your name may appear
account-consent-screen = On the projector screen in the room (for example when you sign up to a table or ask to speak)
account-consent-report = In the consultation's report (otherwise your contributions are kept without your name)
account-consent-convener = My name as the convener of a table, on the board and the screen (otherwise “convened by a participant”)
account-password = Your password
account-password-set = You can sign in with your name and password on the sign-in page. Setting a new one replaces it.
account-password-none = Set a password to sign in from the sign-in page without a link.
account-password-new = New password (at least 12 characters)
account-password-confirm = The same password again
account-password-save = Save the password
account-password-saved = Your password is saved.
account-organising = Organising
access-title = Organisers, screens and retention
access-organisers = Organisers
access-organisers-intro = Every organiser can remove another one. A consultation always keeps at least one organiser.
access-password = Password
access-password-yes = set
access-password-no = not set (signs in with a link)
access-you = (you)
access-remove = Remove
access-remove-confirm = Remove this organiser and their personal data
access-last-organiser = the last organiser cannot be removed
access-add-organiser = To add an organiser, run “convene admin add NAME” on the server: it prints a one-time sign-in link.
access-screens = Screens
access-screens-intro = A screen is a read-only login for the projector: it shows the program and boards and never personal data. Open the link below on the projector's computer; it works once, within 24 hours.
access-screen-label = Name of the screen
access-screen-default = Plenary projector
access-screen-create = Create a screen link
access-screen-link = Open this link on the projector's computer, or scan the code:
access-screens-signout = Sign out every screen
access-retention = Retention
access-retention-intro = After this day convene erases every participant's, facilitator's and speaker's personal data by itself. Sessions, topics and notes stay, without names. Leave it empty to keep the data until you erase it.
access-retention-date = Erase personal data on
access-retention-save = Save the retention date
access-retention-done = Personal data was erased on { $date }.
access-done-removed = The organiser was removed.
access-done-screens = Every screen was signed out.
access-done-retention = The retention date was saved.
nav-open-space = Open space
os-title = Open space
os-intro = Anyone can convene a session: propose a topic, and place it at a free table. Then add your name to the table you want; one table per round.
os-screen-link = Screen view for the projector
os-signups-csv = All sign-ups (CSV)
os-propose = Propose a topic
os-topic-title = Title
os-topic-description = What it is about (optional)
os-topic-language = Language
os-propose-button = Propose and convene it
os-no-setup = The organisers have not set up rounds and tables yet. You can already propose topics and mark the ones you are interested in.
os-round-started = started
os-round-ended = ended
os-capacity = { $count ->
    [one] 1 seat
   *[other] { $count } seats
}
os-free-tables = Free: { $tables }
os-unplaced = Topics not placed yet
os-unplaced-intro = Mark the topics you are interested in: the counts help conveners and organisers choose the tables.
os-unplaced-none = Every topic has a table.
os-notices-dismiss = Got it
os-convened-by = Convened by { $name }
os-convened-by-participant = Convened by a participant
os-no-convener = Looking for a convener
os-a-participant = a participant
os-seats = seats taken
os-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}
os-marks = { $count ->
    [one] 1 person interested
   *[other] { $count } people interested
}
os-you-are-here = Your table
os-leave = Leave this table
os-join = Add my name
os-mark = I am interested
os-marked = Interested ✓ (undo)
os-adopt = Convene this topic
os-move-to = Move to
os-place-in = Place at
os-move = Move
os-place = Place
os-move-title = Move a topic people signed up to?
os-move-warning = People are signed up to “{ $title }”.
os-move-people = { $count ->
    [one] 1 person will be told of the move.
   *[other] { $count } people will be told of the move.
}
os-move-confirm = Move it and tell them
os-move-cancel = Keep it where it is
os-full-title = This table is full
os-full-body = Every seat at “{ $title }” is taken. You can wait for a place (if one frees, you are moved in and told) or pick a table of the same round that has room.
os-wait = Wait for a place
os-waiting-already = You are waiting for a place at this table.
os-stop-waiting = Stop waiting
os-full-room = Tables of this round with room
os-full-none = Every table of this round is full.
os-seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
os-back = Back to the open space
os-topic = Open-space topic
os-where = Where and when
os-not-placed = Not placed yet
os-convener = Convener
os-proposed-by = Proposed by
os-interested-orgs = Organisations interested
os-interest = Interest
os-names = Names at this table
os-names-none = No one yet.
os-names-unlisted = { $count ->
    [one] and 1 person not listed in the directory
   *[other] and { $count } people not listed in the directory
}
os-notes = Notes
os-notes-none = No notes yet.
os-notes-key-points = Key points
os-notes-proposals = Proposals
os-notes-next-steps = Next steps
os-notes-continuing = Who wants to continue
os-notes-write = Write the notes
os-notes-language = Language of the notes
os-notes-save = Save the notes
os-note-taker = Add a note-taker from the table
os-note-taker-add = Add as note-taker
os-edit = Edit, move or withdraw this topic
os-edit-save = Save the topic
os-unplace = Take it off the board
os-withdraw = Withdraw
os-withdraw-confirm = Withdraw this topic; people signed up are told
os-screen-join = Join on your phone:
os-setup-title = Set up the open space
os-setup-intro = Rounds are time slots within the program's open-space sessions; spaces are the tables or rooms, each with its number of seats. Together they make the board's cells.
os-rounds = Rounds
os-rounds-none = No rounds yet.
os-round-label = Name of the round
os-round-session = Open-space session
os-round-date = Day
os-round-start = Starts
os-round-end = Ends
os-round-add = Add the round
os-spaces = Tables and rooms
os-spaces-none = No tables yet.
os-space-name = Name
os-space-capacity = Seats
os-space-languages = Languages with interpretation (optional, such as "en es")
os-space-add = Add the table
os-space-edit = Change name, seats or interpretation
os-space-save = Save the table
os-delete = Remove
os-delete-confirm = Remove it; topics placed there go back to the list
access-api = API tokens
access-api-intro = A token lets another program use the JSON API (/api/v1, described at /api/v1/openapi.json) as you: send it as “Authorization: Bearer TOKEN”. Revoke it when the program no longer needs it.
access-api-once = Copy this token now; it is not shown again:
access-api-label = What the token is for
access-api-create = Issue a token
access-api-revoke = Revoke
access-done-token = The token was revoked.
os-print = Print the board (A3)
os-sheets = Print sign-up sheets (A4, one per table)
os-print-hint = Print this page from the browser; it fits the paper by itself.
os-sheets-none = No topic has a table yet.
os-sheet-intro = Add your name to this table. One table per round.
os-sheet-taken = (taken: someone not listed in the directory)
os-suggest-title = Suggest a placement
os-suggest-link = Suggest a placement
os-suggest-intro = convene proposes where to put the topics of the rounds that have not started, so that the fewest people must choose between two topics they marked, popular topics get big tables, and little moves. Nothing changes until you apply it; you can tweak the board afterwards.
os-suggest-none = No placement is possible:
os-suggest-missed = People who must choose between two marked topics (missed interests)
os-suggest-overflow = People beyond a table's capacity
os-suggest-moves = Topics moved from their current cell
os-suggest-score = Score (lower is better)
os-suggest-bound = (no placement can score below { $bound })
os-suggest-now = now:
os-suggest-took = Computed in { $ms } ms.
os-suggest-current = Now
os-suggest-proposed = Proposed
os-suggest-apply = Apply this placement
os-suggest-discard = Discard
os-rules-title = The rules of the open space
os-rule-anyone = Anyone can convene a table: say what it is about and give it a title.
os-rule-convener = The convener decides how their session runs.
os-rule-no-preparation = No preparation is needed.
os-rule-two-feet = People may move between tables: go where you learn or give the most.
os-rules-edit = Rules of the open space, one per line
os-rules-edit-hint = Shown on the board and the screen. Leave empty for the agenda's rules, which every reader sees in their own language.
os-rules-save = Save the rules
os-find = Find a table
os-find-words = Search
os-find-round = Round
os-find-all-rounds = All rounds
os-find-room = Only tables with a seat left
os-find-button = Find
os-find-clear = Show everything
os-find-shown = { $count ->
    [one] One topic shown
   *[other] { $count } topics shown
}
os-convener-for = Convener (when you enter a topic for someone)
os-convener-for-hint = Pick a name from the directory or type a new one. Leave empty to convene it yourself.
notice-topic-entered = The secretariat entered “{ $title }” with you as its convener. You can edit or withdraw it from its page.
os-mine = My open space
os-mine-convening = You convene it
os-mine-convening-unplaced = You convene it · not on the board yet
os-mine-no-table = No table yet
os-mine-in-line = { $count ->
    [one] First in line
   *[other] Number { $count } in line
}

## The floor: questions and the speaking queue
floor-title = Floor
floor-link = Questions and the speaking queue
floor-back = Back to the session
floor-screen-link = Screen view for the projector
floor-queue = Speaking queue
floor-speaking-now = Speaking now
floor-you = You
floor-since = since { $time }
floor-time-left = Time left
floor-nobody-speaking = No one has the floor.
floor-call-next = Call the next speaker
floor-end-turn = End this turn
floor-rule = Order: { $rule }
floor-order-arrival = in the order people asked
floor-order-first-time-first = people who have not spoken yet go first
floor-order-balance-countries = the next speaker comes from the country heard least so far
floor-order-balance-languages = the next speaker speaks the language heard least so far
floor-queue-empty = No one is waiting to speak.
floor-point-of-order = Point of order
floor-priority = Priority
floor-call = Call
floor-give-priority = Give priority
floor-no-priority = Remove priority
floor-remove = Remove
floor-your-place = { $count ->
    [one] You are next in line.
   *[other] You are number { $count } in line.
}
floor-withdraw = Withdraw
floor-ask-to-speak = Ask to speak
floor-speak-language = Language you will speak
floor-note = Note for the facilitator (optional)
floor-note-example = e.g. short reaction
floor-queue-who-sees = The facilitators see your name and note. Other participants see your name only if you are listed in the directory, and never your note.
floor-point-of-order-ask = This is a point of order (about the procedure; goes first)
floor-ask-to-speak-button = Ask to speak
floor-first-time = First time
floor-spoke = { $count ->
    [one] Spoke once
   *[other] Spoke { $count } times
}
floor-a-participant = A participant
floor-anonymous = Anonymous
floor-questions = Questions
floor-ask = Ask a question
floor-question = Your question
floor-question-language = Language
floor-anonymous-ask = Ask without my name (only an organiser can see who asked, to stop abuse; it is logged)
floor-named-only = Your name is shown with your question to the people signed in.
floor-moderated-note = A facilitator approves questions before the room sees them.
floor-ask-button = Send the question
floor-sort-votes = Most votes
floor-sort-new = Newest
floor-no-questions = No questions yet.
floor-moderation = Waiting for approval or hidden
floor-answered = Answered
floor-votes = { $count ->
    [one] vote
   *[other] votes
}
floor-yours = your question
floor-pending = Waiting for approval
floor-hidden = Hidden
floor-answered-badge = Answered
floor-vote = Vote for this question
floor-voted = Voted · take back
floor-approve = Approve
floor-hide = Hide
floor-mark-answered = Mark answered
floor-mark-unanswered = Mark not answered
floor-merge-into = Duplicate of
floor-merge = Merge
floor-trace = Who asked?
floor-trace-title = Who asked this question
floor-trace-result = It was asked by { $name }. This look-up is in the audit log.
floor-trace-erased = The person who asked has been erased.
poll-title = Polls
poll-open = Open a poll
poll-question = Question
poll-kind = Kind of poll
poll-kind-single = One choice
poll-kind-multiple = Several choices
poll-kind-words = A word cloud (one word each)
poll-choices = Choices, one per line
poll-choices-hint = From 2 to 12 choices. A word cloud needs none.
poll-anonymous = Polls are anonymous: no name is kept with an answer, and counts under 3 stay hidden until the poll closes.
poll-open-button = Open the poll
poll-none = No poll yet.
poll-closed = Closed
poll-live = Open
poll-answers = { $count ->
    [0] No answers yet
    [one] One answer
   *[other] { $count } answers
}
poll-you-answered = you answered
poll-your-word = Your word
poll-answer = Answer
poll-few = fewer than 3
poll-few-hidden = Counts under 3 and rarer words show when the poll closes, so that nobody's answer can be told.
poll-close = Close the poll
poll-screen-join = Answer on your phone:
floor-summary = Summary of the discussion
floor-summary-none = No summary yet.
floor-summary-write = Write the summary
floor-summary-save = Save the summary
floor-settings = Settings of the floor
floor-setting-moderated = Approve questions before the room sees them
floor-setting-anonymous = Allow anonymous questions
floor-setting-order = Order of the queue
floor-setting-limit = Speaking time in seconds (empty: no limit)
floor-settings-save = Save the settings
floor-screen-join = Ask a question or ask to speak:
floor-next = Next
floor-more-waiting = { $count ->
    [one] and 1 more waiting
   *[other] and { $count } more waiting
}
floor-waiting-total = { $count ->
    [0] Nobody is waiting to speak
    [one] One person is waiting to speak
   *[other] { $count } people are waiting to speak
}
floor-top-questions = Top questions
session-floor = Questions and the speaking queue
session-summary = Summary
session-questions-open = Open questions
session-questions-answered = Answered questions

## Editing the program
edit-title = Edit the program
edit-new-session = New session
edit-session-title = Edit session
edit-see-program = See the program as people see it
edit-see-session = See the session's page
edit-back = Back to the program editor
edit-warnings = Check these
edit-warnings-intro = Nothing is blocked: you decide whether each is right.
edit-warning-room = { $room } holds “{ $first }” and “{ $second }” at the same time.
edit-warning-person = { $person } is in “{ $first }” and “{ $second }” at the same time.
edit-warning-dates = “{ $session }” is outside the consultation's dates.
edit-has-warning = Check
edit-sessions = Sessions
edit-no-sessions = No sessions yet.
edit-time = Time
edit-session = Session
edit-room = Room
edit-rooms = Rooms
edit-room-name = Room name
edit-rename = Rename
edit-delete-room = Delete
edit-new-room = New room
edit-add-room = Add the room
edit-details = The consultation
edit-c-title = Title
edit-c-venue = Venue
edit-c-tz = Time zone (such as Asia/Bangkok)
edit-c-start = First day
edit-c-end = Last day
edit-c-languages = Languages (tags such as en es fr)
edit-save = Save
edit-saved = Saved. Open pages show the change.
edit-public = The program is public: anyone with the address can read it.
edit-private = The program is private: only people signed in can read it.
edit-make-private = Make it private
edit-make-public = Make it public
edit-is-cancelled = This session is cancelled. It stays on the program, marked, so that people learn of it.
edit-s-title = Title
edit-s-kind = Kind
edit-s-date = Date
edit-s-start = Starts
edit-s-end = Ends
edit-s-room = Room
edit-no-room = No room
edit-s-languages = Languages spoken
edit-s-interpretation = Interpretation into
edit-tags-help = Language tags separated by spaces, such as: en es fr
edit-s-text-language = Language of the title and description
edit-s-description = Description
edit-s-facilitators = Facilitators
edit-s-speakers = Speakers or panelists
edit-order = Order in the program
edit-order-up = Earlier
edit-order-down = Later
edit-moderators = Moderators of the floor
edit-moderators-hint = They run the floor (the speaking queue, questions, polls) without being listed as the session's facilitators, as at an opening plenary.
edit-moderators-save = Save the moderators
edit-multi-help = Hold Ctrl (or press long on a phone) to choose several people.
edit-add-person = Someone not in the directory yet
edit-p-name = Name
edit-p-organisation = Organisation
edit-p-country = Country
edit-p-role = Role in this session
edit-p-speaker = Speaker
edit-p-facilitator = Facilitator
edit-add-person-button = Add them to this session
edit-more = More
edit-duplicate = Duplicate this session
edit-cancel = Cancel this session
edit-restore = Bring the session back
session-cancelled = Cancelled
session-changed = Changed
session-changes = Recent changes
session-change-room = Room: { $change }
session-change-time = Time: { $change }
session-change-title = Title: { $change }
session-change-cancelled = Cancelled
session-change-restored = Back on the program
import-program-title = Import a program
import-program-failed = Nothing was imported: fix these in the file and try again.
import-program-preview = Preview: nothing is stored yet
import-program-done = Imported
import-program-format = Read as { $format }.
import-program-created = { $count ->
    [one] 1 new session
   *[other] { $count } new sessions
}
import-program-updated = { $count ->
    [one] 1 session updated
   *[other] { $count } sessions updated
}
import-program-unchanged = { $count ->
    [one] 1 session unchanged
   *[other] { $count } sessions unchanged
}
import-program-rooms = New rooms:
import-program-people = New people:
import-program-apply = Import it
import-program-file = Schedule file (frab XML or JSON, or CSV)
import-program-check = Check the file
import-program-formats = convene reads the schedule that pretalx, frab and other conference tools export (frab XML or JSON: rooms, days, events with their people, language and abstract), and a CSV.
import-program-csv = The CSV has a header with these columns, in any order: dates as YYYY-MM-DD, times as HH:MM in the consultation's time zone, names separated by “;”, language tags separated by spaces. An id column and a description column are optional.
import-program-rerun = Importing the same file again updates its sessions instead of adding them twice.
session-is-cancelled = This session is cancelled.

## The consultation's report
report-title = Report
report-link = The consultation's report: what was said, proposed and decided
report-draft = Draft: only organisers can read this report until it is published.
report-published = Published: participants can read this report.
report-introduction = Introduction
report-conclusions = Conclusions
report-numbers = In numbers
report-people = People registered
report-organisations = Organisations represented
report-countries = Countries represented
report-sessions = Sessions reported
report-topics = Open-space tables
report-questions-asked = Questions from the floor
report-questions-answered = Questions answered
report-fewer-than-3 = fewer than 3
report-a-participant = a participant
report-not-named = { $count ->
    [one] one person not named
   *[other] { $count } people not named
}
report-facilitators = Facilitators
report-speakers = Speakers
report-summary = Summary
report-no-summary = No summary was written.
report-questions-answered-list = Questions answered
report-questions-open = Questions left open
report-polls = Polls
report-poll-answers = answered by { $count }
report-votes = { $count ->
    [one] one vote
   *[other] { $count } votes
}
report-took-part = People who took part on the floor: { $count }
report-at-table = People at the table: { $count }
report-convened-by = Convened by { $name }
report-table = { $name }
report-no-notes = No notes were written at this table.
report-round = Open space: { $label }
report-actions = Proposals and next steps
report-actions-intro = Every proposal and next step written at the tables, with the table it came from.
report-proposal = Proposal
report-next-step = Next step
report-empty = Nothing has been harvested yet: no session has a summary or questions, and no table has notes. The report fills in as facilitators and conveners write.
report-contents = Contents
report-downloads = Download
report-download-md = Markdown
report-download-docx = Word document
report-download-html = Web page (one file)
report-file-language = Language of the headings
report-print = Print or save as PDF from the browser's print menu.
report-edit = Edit the report
report-edit-intro = The introduction and conclusions are yours; what the report says about sessions and tables comes from their summaries and notes, as written.
report-publish = Published: participants can read it (and anonymous visitors, if the program is public)
report-save = Save the report
report-leave-out = Leave out of the report
report-left-out = Left out
report-saved = The report is saved.
report-language = Language of the text
report-generated = Made with convene on { $date }.

# The language's name as its speakers write it, in the language switcher.
language-own-name = English

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = A seat freed at “{ $title }”: you are in.
notice-convener-seated = You convene “{ $title }”: your name is at that table now, and left any other table of that round.
notice-seat-freed-moved = A seat freed at “{ $title }”: you are in, and your name left the other table of that round.
notice-topic-withdrawn = “{ $title }” was withdrawn by its convener; your name was taken off its table.
notice-topic-moved = “{ $title }” moved to { $space }; you are still signed up.
notice-topic-moved-round = “{ $title }” moved to { $space } in { $round }; your name was taken off it, sign up again if you can come.
notice-topic-off-board = “{ $title }” was taken off the board; your name was taken off its table.
notice-topic-other-round = “{ $title }” moved to another round; your name was taken off it, sign up again if you can come.

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = Only the topic's convener or an organiser can do this.
error-topic-convened = Someone else convenes this topic already.
error-no-such-round = That round does not exist.
error-no-such-space = That space does not exist.
error-round-started = { $round } has started: only organisers can change it now.
error-topic-round-started = This topic's round has started: only organisers can move it now.
error-cell-taken = Another topic took that cell a moment ago; pick another free one.
error-convener-stays = You convene “{ $title }” in this round: a convener stays at their own table.
error-convener-for-others = Only organisers and the open space's facilitators enter topics for someone else.
error-poll-answered = You answered this poll already: each person answers once.
error-poll-closed = This poll is closed.
error-convener-busy = The convener already holds a table in that round; one person convenes one table per round.
error-topic-stale = This topic changed since your page was loaded; look at the board again and retry.
error-proposal-unreadable = The proposal is not readable; suggest a placement again.
error-round-started-meanwhile = { $round } has started meanwhile; suggest again.
error-board-changed = The board changed meanwhile (a cell was taken); suggest again.
error-topic-not-on-board = This topic is not on the board (withdrawn, or not placed yet).
error-not-a-note-taker = Only the convener, the note-takers they add and organisers write the notes.
error-note-taker-not-seated = Note-takers are chosen among the people at the table.
error-too-few-seats = { $seated } people are signed up at a table there: it needs at least { $seated } seats. Move the topic to a bigger space first, or ask people to move.
error-not-a-moderator = Only the session's facilitators and the organisers can do this.
error-no-anonymous-questions = This session does not take anonymous questions; ask with your name.
error-voted-already = You voted for this question already: each person votes once.
error-question-not-open = This question is not open for votes (it waits for approval or was hidden).
error-question-merged = This question was merged into another; act on that one.
error-merge-refused = Merge a question into another open question of the same session.
error-trace-organisers = Only organisers can see who wrote a question.
error-queued-already = You are already in the queue of this session.
error-not-queued = You are not waiting to speak in this session.
error-queue-empty = No one is waiting to speak.
error-no-longer-waiting = That person is no longer waiting to speak.
error-nobody-speaking = No one has the floor.
error-summary-too-long = The summary is too long ({ $len } characters, at most { $max }).
error-speaking-time = The speaking time “{ $text }” is not a number of seconds.

## Form validation: what is wrong with an input, and the fields named in it.
error-empty = “{ $field }” must not be empty.
error-too-long = “{ $field }” is too long: { $length } characters, at most { $max }.
error-unknown-time-zone = Unknown time zone “{ $value }”: use a name such as Asia/Bangkok.
error-unknown-country = Unknown country “{ $value }”: use a code such as AR or the country's name.
error-invalid-language = “{ $value }” is not a language: use a code such as en or id.
error-invalid = “{ $field }”: “{ $value }” is not valid; expected { $expected }.
error-unknown-session-kind = Unknown kind of session “{ $value }”.
error-ends-before-start = The session “{ $title }” ends at { $ends }, before it starts at { $starts }.
error-dates-reversed = The consultation ends on { $end }, before it starts on { $start }.
error-dangling = “{ $field }”: “{ $value }” does not exist.
field-cancelled = Cancelled
field-capacity = Seats
field-convener = Convener
field-corridor = Corridor
field-email = Email
field-languages = Languages
field-name = Name
field-note = Note
field-poll-kind = Kind of poll
field-choice = Choice
field-choices = Choices
field-answer = Answer
field-open-space-rules = Rules of the open space
field-organisation = Organisation
field-organisation-name = Organisation name
field-people = People
field-person = Person
field-question = Question
field-queue-order = Order of the speaking queue
field-retention-date = Date of deletion
field-role = Role
field-room = Room
field-room-name = Room name
field-round-end = End of the round
field-round-name = Round name
field-screen-name = Screen name
field-session = Session
field-session-description = Session description
field-session-title = Session title
field-space-name = Table name
field-speaking-time = Speaking time
field-time = Time
field-title = Title
field-token-name = Token name
field-topic = Topic
field-topic-description = Topic description
field-topic-title = Topic title
field-venue = Venue
field-visibility = Visibility
field-website = Website
field-sectors = Sectors
field-services = Services
field-other = This field
expected-corridor = an origin and a destination country, such as ID>SG
expected-existing-date = a date that exists in the consultation's time zone
expected-after-last-day = a day after the consultation's last day
expected-unique-space-name = a name no other table has
expected-seats = a number of seats from 1 to 1000
expected-free-convener = a person who convenes no other topic in that round
expected-after-round-start = a time after the round's start
expected-topic-on-board = a topic on the board (it was withdrawn meanwhile)
expected-https-address = an address starting with https://
expected-email-address = an address such as name@example.org
expected-queue-order = one of the orders offered
expected-speaking-time = between 10 seconds and 60 minutes
expected-visibility = listed, organisers only or hidden
expected-listed-value = one of the listed values
expected-two-countries = two different countries
expected-role = organiser, facilitator or participant
expected-no-nul = text without NUL characters
expected-poll-kind = a single choice, several choices or a word cloud
expected-poll-choices = from 2 to 12 choices, one per line
expected-one-word = one word
expected-poll-choice = one of the poll's choices
expected-a-choice = a choice
expected-one-choice = one choice only
expected-other = a value from the form

## Importing files: what is wrong with a file, a line or a field. Shown after "line 3, column country:".
import-error-at-column = line { $line }, column { $column }: { $message }
import-error-at-line = line { $line }: { $message }
import-file-too-large = the file is { $size } MB; at most { $max } MB can be imported
import-not-text = this is not a text file (a zero byte on line { $line }); export the sheet as CSV, UTF-8
import-not-utf8 = line { $line } is not UTF-8 text; save the file as “CSV UTF-8”
import-unreadable-header = cannot read the header line: { $detail }
import-unreadable-row = cannot read this row: { $detail }
import-row-width = has { $fields } fields, the header has { $width }
import-same-person = the same person as line { $first }
import-same-organisation = the same organisation as line { $first }
import-no-organisations = the file has a header but no organisations
import-organisation-differs = this organisation is described differently on line { $first }
import-no-participants = the file has a header but no participants
import-column-twice = this column appears twice in the header
import-no-name-column = no “name” column in the header (found: { $found })
import-too-long = longer than { $max } characters
import-title-empty = the title is empty
import-title-too-long = the title is longer than { $max } characters
import-description-too-long = the description is longer than { $max } characters
import-duplicate-id = { $place }: the id “{ $id }” was already used at { $first }; each session needs its own
import-cut-off = the file ends here, in the middle of the schedule: it was cut off; export it again
import-too-deep = elements are nested more than { $max } deep here; a frab schedule is about six deep
import-too-many-elements = the file has more than { $max } elements
import-not-xml = this is not well-formed XML (column { $column }): { $detail }
import-not-frab-root = the file's root element is <{ $root }>, not <schedule>: this is not a frab schedule
import-event = event “{ $title }”: { $message }
import-event-field = { $place }, field { $field }: { $message }
import-no-guid = the event has neither a guid nor an id
import-bad-date = date “{ $value }” is neither a date with time and offset nor YYYY-MM-DD
import-bad-start = start “{ $value }” is not a time such as 09:30
import-no-time-zone = the times carry no offset and the file names no time zone
import-time-not-in-zone = { $value } does not exist in the time zone: { $detail }
import-bad-duration = duration “{ $value }” is not HH:MM
import-negative-duration = duration “{ $value }”: the event ends before it starts
import-not-json = this is not valid JSON: { $detail }
import-not-frab-json = this JSON has no schedule.conference: it is not a frab schedule
import-missing-columns = the header lacks the column(s) { $missing }; expected { $expected }
import-needs-consultation = a CSV program needs a consultation (for its time zone); create one first
import-bad-csv-date = “{ $value }” is not a date such as 2026-11-30
import-bad-time = “{ $value }” is not a time such as 09:30
import-session-ends-before-start = the session ends at { $end } before it starts at { $start }
import-bad-kind = “{ $value }” is not a kind; use plenary, facilitated-discussion, open-space, break or other
import-reader-failed = convene could not read this file (its reader failed on it); nothing was stored
import-no-consultation = the database holds no consultation and the file describes none (a frab schedule has a <conference>); create the consultation first
import-not-stored = nothing was stored: { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = Only people signed in with their own link can do this.
error-organisers-only = Only organisers can do this.
error-last-organiser-erase = This is the last organiser; add another before erasing them.
error-last-organiser-remove = This is the last organiser; add another before removing them.
error-password-length = The password must have { $min } to { $max } characters; it has { $length }.
error-passwords-differ = The two passwords differ; type the same one twice.
error-not-a-time = “{ $field }”: “{ $value }” is not a time such as 09:30.
error-session-cancelled-already = This session is cancelled already.
error-session-not-cancelled = This session is not cancelled.
error-room-exists = There is a room called “{ $name }” already.
error-room-rename = Cannot rename the room to “{ $name }”: another room has that name, or the room is gone.
error-not-a-date = “{ $value }” is not a date; use the form 2027-03-31.
error-upload-too-large = The file is larger than { $max } MB; nothing was imported.
error-choose-schedule-file = Choose a schedule file to import.
error-not-a-cell = “{ $value }” is not a place on the board; pick one from the list.
error-not-a-date-time = “{ $value }” is not a date and time such as 2027-03-02 and 14:00.
error-pick-session = Pick a session from the list.
error-not-seats = “{ $value }” is not a number of seats.
error-unknown-format = Unknown format “{ $value }”: md, docx or html.
error-not-for-your-role = This page is not open to your role.
error-no-pages-in = There are no pages in “{ $value }”.
error-unknown-person = This person is not in the directory.
field-start-time = Start
field-end-time = End
error-pick-room = Pick a room from the list.
error-room-gone = That room does not exist (any more).

## My schedule (issue 23)
nav-my = My schedule
remember = Remember
error-remember-yes-no = Choose whether to remember the session.
my-title = My schedule
my-empty = Nothing here yet. Press “Remember” on a session of the program to keep it here, and sign up to tables in the open space: the sessions where you speak or facilitate appear by themselves.
my-part-facilitating = You facilitate
my-part-speaking = You speak
my-part-remembered = Remembered
my-part-convening = You convene this table
my-part-signed-up = Your table
my-part-waiting = In line for a seat (number { $place })
my-calendar = In your calendar
my-calendar-body = Subscribe to this address in your phone's calendar: it follows every change to your schedule, like the program's calendar.
my-calendar-subscribe = Subscribe in my calendar
my-calendar-address = The address of your calendar
my-calendar-private = This address is yours alone: anyone who has it sees your schedule. If someone else may have it, make a new one; the old one stops working.
my-calendar-reset = Make a new address

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = Domestic work
sector-sex-work = Sex work
sector-construction = Construction
sector-agriculture = Agriculture
sector-fishing = Fishing
sector-manufacturing = Manufacturing
sector-hospitality = Hospitality
sector-care-work = Care work
sector-entertainment = Entertainment
service-legal-aid = Legal aid
service-shelter = Shelter
service-hotline = Hotline
service-pre-departure-information = Pre-departure information
service-outreach = Outreach
service-counselling = Counselling
service-health-care = Health care
service-reintegration = Reintegration
service-organising = Organising workers
service-advocacy = Advocacy
service-research = Research

## Tables from the corridors (issue 24)
corridor-tables-link = Tables from the migration corridors
corridor-tables-title = Tables from the migration corridors
corridor-tables-intro = Each migration corridor with an organisation at both ends can be a table where they meet: those in the country people leave and those in the country they go to. Tick the tables to suggest on the open-space board; the organisations are marked as interested, and anyone may then convene it.
corridor-tables-empty = No corridor has an organisation at both ends yet. Add corridors to the organisations (Directory → Organisations), or import them with the organisations' list.
corridor-tables-origin = Origin:
corridor-tables-destination = Destination:
corridor-tables-elsewhere = Also:
corridor-tables-on-board = on the board
corridor-tables-publish = Suggest these tables on the board
corridor-tables-none-chosen = Tick at least one table to suggest.
corridor-tables-added = { $count ->
    [0] No table added.
    [one] 1 table added to the board.
   *[other] { $count } tables added to the board.
}
corridor-tables-already = { $count ->
    [0] {""}
    [one] 1 was there already.
   *[other] { $count } were there already.
}
corridor-table-description = Organisations at the origin: { $origin }. At the destination: { $destination }.
region-northern-africa = Northern Africa
region-eastern-africa = Eastern Africa
region-middle-africa = Middle Africa
region-southern-africa = Southern Africa
region-western-africa = Western Africa
region-caribbean = Caribbean
region-central-america = Central America
region-south-america = South America
region-northern-america = Northern America
region-central-asia = Central Asia
region-eastern-asia = Eastern Asia
region-south-eastern-asia = South-eastern Asia
region-southern-asia = Southern Asia
region-western-asia = Western Asia
region-eastern-europe = Eastern Europe
region-northern-europe = Northern Europe
region-southern-europe = Southern Europe
region-western-europe = Western Europe
region-australia-new-zealand = Australia and New Zealand
region-melanesia = Melanesia
region-micronesia = Micronesia
region-polynesia = Polynesia
region-antarctica = Antarctica
region-elsewhere = Elsewhere

## Questionnaires
questionnaires-title = Questionnaires
questionnaires-none = No questionnaire is open.
questionnaire-new = New questionnaire
questionnaire-title-field = Title
questionnaire-create = Create and add questions
questionnaire-anonymous = Anonymous (such as the evaluation)
questionnaire-anonymous-help = No person is stored with the answers, so they cannot be changed after they are sent. Each person can answer once.
questionnaire-anonymous-short = anonymous
questionnaire-anonymous-note = Anonymous: your name is not stored with your answers.
questionnaire-anonymity-fixed = People have answered already, so whether the questionnaire is anonymous can no longer change.
questionnaire-question-count = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
questionnaire-response-count = { $count ->
    [0] no answers yet
    [one] 1 person answered
   *[other] { $count } people answered
}
questionnaire-answer = Answer
questionnaire-change-answers = Change my answers
questionnaire-answered = Answered
questionnaire-open = Open
questionnaire-open-until = Open until { $at }
questionnaire-opens = Opens { $at }
questionnaire-closed-label = Closed
questionnaire-closed = This questionnaire is closed: answers can no longer be sent or changed.
questionnaire-answered-already = You have answered this anonymous questionnaire already. Thank you.
questionnaire-preview = See it as participants do
questionnaire-settings = Title, dates and anonymity
questionnaire-opens-field = Opens (optional)
questionnaire-closes-field = Closes (optional)
questionnaire-bad-time = “{ $value }” is not a date and time.
questionnaire-closes-before-opening = The questionnaire must close after it opens.
questionnaire-saved = Saved.
questionnaire-questions = Questions
questionnaire-no-questions = No questions yet: add the first one below. Participants see the questionnaire once it has a question.
questionnaire-too-many-questions = A questionnaire has at most { $max } questions.
questionnaire-title-needed = Give the title in the consultation's first language ({ $lang }).
questionnaire-text-too-long = A text is longer than { $max } characters.
questionnaire-text-nul = A text holds a NUL character.
questionnaire-thanks = Thank you: your answers are saved. You can change them until the questionnaire closes.
questionnaire-thanks-anonymous = Thank you: your answers are saved, without your name.
questionnaire-fix-answers = Some answers need your attention: see the messages below.
questionnaire-editing = You answered already; change what you like and save again.
questionnaire-send = Send my answers
questionnaire-save-changes = Save my changes
question-add = Add the question
question-edit = Change this question
question-delete = Delete
question-move-up = Move up
question-move-down = Move down
question-text = Question
question-kind = Kind of answer
question-kind-short = Short text
question-kind-long = Long text
question-kind-single = One choice
question-kind-multiple = Several choices
question-kind-countries = Countries
question-kind-scale = Scale from 1 to 5
question-kind-yes_no = Yes or no
question-kind-unknown = Unknown kind of question “{ $value }”.
question-choices = Choices, one per line
question-choices-help = Only for “One choice” and “Several choices”. Translations go in the same order, one per line.
question-required = required
question-shared = answers shared with participants
question-shared-field = Everyone signed in may read the answers (otherwise only organisers)
question-suggests-topics = suggests topics
question-suggests-topics-field = Group the answers into topic suggestions for the open space
question-text-needed = Write the question in the consultation's first language ({ $lang }).
question-duplicate = The questionnaire already asks “{ $text }”.
question-choices-count = Give from 2 to { $max } choices, one per line.
question-choice-needed = Every choice needs its text in the consultation's first language ({ $lang }).
question-choice-twice = The choice “{ $choice }” is there twice.
question-suggests-needs-text = Only short or long text answers can suggest topics.
answer-required = Please answer this question.
answer-invalid = “{ $value }” is not one of the possible answers.
answer-too-long = The answer is longer than { $max } characters.
answer-one-choice = Choose only one answer.
answer-yes = Yes
answer-no = No
answer-countries-help = Hold Ctrl (or ⌘) to choose several countries.
scale-1 = 1 – not at all
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – very much

## Results
results-title = Results
results-responses = Answers from { $count } people
results-answered = { $count } answered
results-fewer-than-3 = fewer than 3
results-small-counts = Counts under 3 show as “fewer than 3”, so that a rare answer does not point to a person.
results-csv = Download the results (CSV)
results-csv-question = Question
results-csv-answer = Answer
results-csv-count = Count
results-csv-organisation = Organisation
results-csv-language = Language

## Topic suggestions
suggestions-title = Topic suggestions
suggestions-intro = Answers that speak of the same topic are grouped, whatever their language. Rename, merge, split or drop the groups, then publish them on the open-space board as suggested topics, with the answerers' organisations interested.
suggestions-no-question = No question of this questionnaire suggests topics. Mark one with “Group the answers into topic suggestions” in the questionnaire.
suggestions-no-model-help = The topic model is not installed on this server, so answers cannot be grouped. Set CONVENE_MODEL to the file e5-small-q4.bin (see the README).
suggestions-no-model = The topic model is not available: { $why }
suggestions-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
suggestions-waiting = { $count ->
    [one] 1 still being read
   *[other] { $count } still being read
}
suggestions-group = Group the answers
suggestions-regroup = Group again (published suggestions stay)
suggestions-done = Done.
suggestion-on-board = on the board
suggestion-organisations = Interested: { $organisations }
suggestion-publish = Publish on the board
suggestion-drop = Drop
suggestion-curate = Rename, merge or split
suggestion-title = Title
suggestion-rename = Rename
suggestion-merge-into = Merge into
suggestion-merge = Merge
suggestion-merge-choose = Choose the suggestion to merge into.
suggestion-split-answers = Answers to move to a new suggestion
suggestion-new-title = Title of the new suggestion
suggestion-split = Split
suggestion-title-needed = A suggestion needs a title of at most { $max } characters.
suggestion-split-some = Choose some of the answers, not all, to split them off.
suggestion-published-already = This suggestion is on the board already.
suggestion-action-unknown = Unknown action “{ $value }”.
suggestion-topic-interested = Suggested by the questionnaire. Interested: { $organisations }
questionnaire-translations = Translations into the other languages
my-questionnaire-waiting = The questionnaire “{ $title }” waits for your answers.

## Importing answers
import-answers-title = Import answers from another form tool
import-answers-file = CSV file of answers
import-answers-check = Check the file
import-answers-choose-file = Choose a CSV file of answers.
import-answers-failed = The file was not imported; nothing was stored
import-answers-preview = Nothing is stored yet: check how the file is read
import-answers-done = The answers are imported
import-answers-apply = Import these answers
import-answers-rows = { $count ->
    [one] 1 row of answers.
   *[other] { $count } rows of answers.
}
import-answers-matched = { $count ->
    [0] No row names a participant.
    [one] 1 row names a participant; their earlier answers are replaced.
   *[other] { $count } rows name participants; their earlier answers are replaced.
}
import-answers-column = Column
import-answers-read-as = Read as
import-answers-column-email = e-mail address of the person
import-answers-column-name = name of the person
import-answers-column-not-read = not read
import-answers-unmatched = These rows name nobody in the directory; their answers are kept without a person:
import-answers-line = line { $line }
import-answers-format = A header row of question texts, in any of the questionnaire's languages, and one row per person, as Google Forms, KoboToolbox or LimeSurvey export them. A column “email” or “name” matches people in the directory. Several choices in one cell are separated by commas or semicolons. Comma or semicolon separated, UTF-8 with or without BOM; nothing is stored if any row is wrong.
import-answers-no-question-column = No column is a question of this questionnaire. The columns are: { $found }
import-answers-person-twice = { $who } answered already on line { $line }.
import-answers-empty = The file has no rows of answers.
