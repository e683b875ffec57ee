# English is the fallback and the reference for every key.

site-name = convene
skip-to-content = Skip to content
nav-now = Now and next
nav-program = Program
nav-main = Main
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
error-home = Go to the start page

language-ar = Arabic
language-en = English
language-es = Spanish
language-fr = French
language-id = Indonesian
language-pt = Portuguese
