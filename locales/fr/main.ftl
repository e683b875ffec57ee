# Traduction française. L'anglais (locales/en/main.ftl) sert de référence et de langue de repli.

site-name = convene
skip-to-content = Aller au contenu
nav-now = En cours et à venir
nav-program = Programme
nav-main = Menu principal
language-switch = Langue des pages
language-group-consultation = Langues de cette consultation
language-group-all = Toutes les langues
filter-language = Langue des textes
filter-all-languages = Toutes les langues
demo-banner = Données de démonstration : cette consultation reprend un ordre du jour réel, avec des dates fictives.
footer-time-zone = Les horaires sont indiqués dans le fuseau horaire { $zone }.

now-title = En cours et à venir
now-running = En ce moment
now-next = À suivre
now-nothing-running = Rien ne se déroule en ce moment.
now-before = La consultation commence le { $date }.
now-after = La consultation est terminée. Merci de votre participation.
now-see-program = Voir tout le programme

program-title = Programme
program-days = Jours
program-day-empty = Rien n'est prévu ce jour-là.
program-day-label = Jour { $number }

session-kind-plenary = Plénière
session-kind-facilitated-discussion = Discussion facilitée
session-kind-open-space = Forum ouvert
session-kind-break = Pause
session-kind-other = Session

session-when = Quand
session-where = Où
session-languages = Langues
session-interpretation = Interprétation vers
session-facilitators = Animation
session-speakers = Intervenant·e·s
session-panelists = Panélistes
session-about = À propos de cette session
session-topics = Sujets pour le forum ouvert
session-topics-intro = D'après le questionnaire, ces sujets pourraient vous intéresser ; d'autres seront proposés pendant la rencontre.
session-topic-suggested = Suggéré
session-topic-proposed = Proposé par { $organisation }
session-topic-interested = Organisations intéressées : { $organisations }
session-back = Retour au programme
session-now = En ce moment
session-more-people = { $count ->
    [one] et { $count } autre personne
   *[other] et { $count } autres personnes
}

empty-title = Aucune consultation pour l'instant
empty-body = Ce serveur n'héberge encore aucune consultation. Une personne de l'équipe d'organisation peut charger la démonstration avec « convene demo », ou lancer le serveur avec « convene serve --demo ».

error-not-found-title = Page introuvable
error-not-found-body = Il n'y a rien à cette adresse. La page a peut-être été supprimée, ou le lien est incomplet.
error-internal-title = Une erreur s'est produite
error-internal-body = Le serveur n'a pas pu répondre à cette demande. Veuillez réessayer dans un instant.
error-cannot-save-title = Le serveur ne peut pas enregistrer pour le moment
error-home = Aller à la page d'accueil


nav-directory = Annuaire

directory-title = Annuaire
directory-people = Personnes
directory-organisations = Organisations
directory-corridors = Corridors
directory-tabs = Sections de l'annuaire
directory-search = Rechercher par nom
directory-country = Pays
directory-sector = Secteur
directory-language = Langue
directory-corridor = Corridor
directory-any = Indifférent
directory-apply = Filtrer
directory-clear = Effacer les filtres
directory-count-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
directory-count-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
directory-none = Personne ne correspond à ces filtres.
directory-none-organisations = Aucune organisation ne correspond à ces filtres.
directory-visibility-organisers = Équipe d'organisation uniquement
directory-visibility-hidden = Hors annuaire
directory-visibility-listed = Dans l'annuaire
directory-role-organiser = Organisateur·rice
directory-role-facilitator = Animateur·rice
directory-role-participant = Participant·e

organisation-website = Site web
organisation-sectors = Secteurs
organisation-services = Services
organisation-languages = Langues
organisation-corridors = Corridors migratoires
organisation-people = Personnes
organisation-sessions = Intervient dans
organisation-no-people = Aucune personne de cette organisation n'apparaît dans l'annuaire.

corridors-intro = Un corridor migratoire relie un pays d'origine et un pays de destination. Les organisations situées aux deux extrémités d'un même corridor peuvent orienter des personnes les unes vers les autres.
corridors-present = Corridors représentés parmi les participant·e·s
corridors-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
corridors-origin = De (origine)
corridors-destination = Vers (destination)
corridors-show = Afficher
corridors-origin-end = Côté origine : { $country }
corridors-destination-end = Côté destination : { $country }
corridors-elsewhere = Également actives sur ce corridor
corridors-nobody = Aucune organisation ici pour l'instant.
corridors-none = Aucune organisation participante ne travaille sur ce corridor.

error-bad-request-title = Impossible de répondre à cette demande

import-title = Importer des participant·e·s
import-link = Importer des participant·e·s depuis un tableur
import-file = Liste des participant·e·s (fichier CSV)
import-submit = Importer
import-failed = Rien n'a été importé. Corrigez ces lignes et réessayez :
import-too-large = Le fichier est trop volumineux : la taille maximale importable est de { $megabytes } Mo.
import-no-file = Choisissez un fichier CSV à importer.
import-done-new = { $count ->
    [one] { $count } nouvelle personne,
   *[other] { $count } nouvelles personnes,
}
import-done-updated = { $count ->
    [one] { $count } personne mise à jour,
   *[other] { $count } personnes mises à jour,
}
import-done-organisations = { $count ->
    [one] { $count } organisation créée.
   *[other] { $count } organisations créées.
}
import-ignored = Colonnes non lues :
import-see = Voir les personnes
import-format = Le fichier
import-format-body = Un tableur enregistré au format CSV (UTF-8), avec des virgules ou des points-virgules comme séparateurs. La première ligne nomme les colonnes, dans n'importe quel ordre ; seule la colonne « name » est obligatoire. Le fichier est importé en entier ou pas du tout. Si vous importez à nouveau le même fichier, les personnes sont mises à jour au lieu d'être ajoutées une seconde fois.
import-col-name = le nom affiché ; un pseudonyme convient
import-col-organisation = reconnue par son nom ou son sigle, ou créée
import-col-country = un code ISO 3166 (AR) ou le nom en anglais (Argentina)
import-col-role = organiser (organisation), facilitator (animation) ou participant (valeur par défaut)
import-col-languages = codes ISO 639-1 séparés par des espaces ou par |, par exemple "es|en"
import-col-email = facultatif ; sert à reconnaître la personne lors d'un import ultérieur
import-col-visibility = listed (visible par les participant·e·s), organisers (visible par l'équipe d'organisation uniquement ; valeur par défaut) ou hidden (visible par personne)

export-title = Téléchargements
export-ical = S'abonner dans votre agenda (iCal)
export-frab-xml = Programme pour les applications de conférence (frab XML)
export-frab-json = Programme au format frab JSON
export-session-ical = Ajouter à mon agenda
export-people-csv = Personnes sous forme de tableur (CSV)
export-organisations-csv = Organisations sous forme de tableur (CSV)
export-hsds = Organisations pour les outils d'orientation (Open Referral HSDS, zip)

nav-account = Compte
signin-title = Connexion
signin-intro = Cette consultation est privée. Les participant·e·s se connectent avec le lien personnel ou le code QR reçu de l'équipe d'organisation, par exemple sur leur badge.
signin-how = Ouvrez votre lien sur cet appareil, ou scannez le code QR de votre badge avec l'appareil photo du téléphone.
signin-confirm = Vous vous connectez en tant que { $name }.
signin-button = Se connecter
signin-invalid-title = Ce lien de connexion ne peut pas être utilisé
signin-invalid-body = Il a peut-être déjà servi, été remplacé par un lien plus récent, ou expiré. Demandez un nouveau lien à l'équipe d'organisation.
account-title = Votre compte
account-signed-in-as = Vous êtes connecté·e en tant que { $name }.
account-signout = Se déconnecter
account-signout-everywhere = Se déconnecter sur tous les appareils
account-audit = Journal d'audit des actions de l'équipe d'organisation
audit-title = Journal d'audit
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-detail = Détail
audit-empty = Aucune action de l'équipe d'organisation n'a encore été enregistrée.
error-forbidden-title = Cette page ne vous est pas accessible

invitations-title = Invitations
invitations-intro = Chaque personne se connecte avec un lien personnel, imprimé sur son badge sous forme de code QR. Un lien ne fonctionne qu'une seule fois ; en créer un nouveau annule l'ancien. Les liens ne s'affichent qu'au moment de leur création : imprimez donc les badges à ce moment-là.
invitations-all = Créer les badges de toutes les personnes pas encore invitées
invitations-person = Personne
invitations-status = Statut
invitations-actions = Actions
invitations-new-link = Nouveau lien
invitations-revoke = Révoquer l'accès
invitations-signed-in = Connexion effectuée
invitations-invited = Invitation créée, lien pas encore utilisé
invitations-none = Aucune invitation
badges-title = Badges
badges-intro = Imprimez cette page maintenant (plusieurs badges par feuille A4) : les liens ne pourront plus être affichés. Chaque code QR ne permet de connecter la personne concernée qu'une seule fois.
badges-qr = Code QR du lien de connexion personnel
account-invitations = Invitations et badges
account-saved = Enregistré.
account-name = Votre nom tel que les autres le voient (un pseudonyme convient)
account-visibility = Qui peut vous voir dans l'annuaire
account-visibility-listed = Toutes les personnes participantes
account-visibility-organisers = L'équipe d'organisation uniquement
account-visibility-hidden = Personne (vous n'apparaissez dans aucune liste)
account-languages = Langues que vous parlez
account-languages-add = Ajouter une langue
account-languages-hint = Décochez une langue pour la retirer.
account-save = Enregistrer mes informations
account-program-save = Enregistrer le réglage du programme
account-my-data = Télécharger toutes les données conservées à votre sujet (JSON)
erase-confirm = je confirme
erase-button = Effacer
erase-unconfirmed = Cochez « je confirme » pour valider l'effacement.
erase-self = Vous ne pouvez pas effacer votre propre compte pendant que vous êtes connecté·e ; demandez-le à une autre personne de l'équipe d'organisation.
quick-exit = Sortie rapide
account-program-visibility = Le programme
account-program-public = Toute personne qui connaît l'adresse peut consulter le programme (sessions, horaires, intervenant·e·s figurant dans l'annuaire). L'annuaire, lui, exige toujours une connexion.
error-conflict-title = Cette action est impossible pour le moment
signin-confirm-screen = Cet appareil devient l'écran « { $name } » : il affiche le programme et les tableaux, sans aucune donnée personnelle.
signin-organiser = Équipe d'organisation : connexion par mot de passe
signin-name = Votre nom
signin-password = Mot de passe
signin-password-refused = Ce nom et ce mot de passe ne correspondent à aucun membre de l'équipe d'organisation. Les membres de l'équipe sans mot de passe se connectent avec un lien fourni par un autre membre ou par « convene admin add ».
account-consents = Où votre nom peut apparaître
account-consent-screen = Sur l'écran projeté dans la salle (par exemple quand vous vous inscrivez à une table ou demandez la parole)
account-consent-report = Dans le rapport de la consultation (sinon, vos contributions sont conservées sans votre nom)
account-password = Votre mot de passe
account-password-set = Vous pouvez vous connecter avec votre nom et votre mot de passe sur la page de connexion. Si vous en définissez un nouveau, il remplace l'actuel.
account-password-none = Définissez un mot de passe pour vous connecter depuis la page de connexion, sans lien.
account-password-new = Nouveau mot de passe (12 caractères au minimum)
account-password-confirm = Confirmez le mot de passe
account-password-save = Enregistrer le mot de passe
account-password-saved = Votre mot de passe est enregistré.
account-organising = Organisation de la consultation
access-title = Équipe d'organisation, écrans et conservation des données
access-organisers = Équipe d'organisation
access-organisers-intro = Chaque membre de l'équipe d'organisation peut en retirer un autre. Une consultation garde toujours au moins un membre dans son équipe d'organisation.
access-password = Mot de passe
access-password-yes = défini
access-password-no = non défini (connexion par lien)
access-you = (vous)
access-remove = Retirer
access-remove-confirm = Retirer ce membre de l'équipe d'organisation et effacer ses données personnelles
access-last-organiser = le dernier membre de l'équipe d'organisation ne peut pas être retiré
access-add-organiser = Pour ajouter un membre à l'équipe d'organisation, lancez « convene admin add NOM » sur le serveur : la commande affiche un lien de connexion à usage unique.
access-screens = Écrans
access-screens-intro = Un écran est une connexion en lecture seule destinée au vidéoprojecteur : il affiche le programme et les tableaux, et jamais de données personnelles. Ouvrez le lien ci-dessous sur l'ordinateur relié au projecteur ; il ne fonctionne qu'une seule fois, dans les 24 heures.
access-screen-label = Nom de l'écran
access-screen-default = Projecteur de la plénière
access-screen-create = Créer un lien d'écran
access-screen-link = Ouvrez ce lien sur l'ordinateur relié au projecteur, ou scannez le code :
access-screens-signout = Déconnecter tous les écrans
access-retention = Conservation des données
access-retention-intro = Après cette date, convene efface automatiquement les données personnelles de toutes les personnes participantes, des animateur·rice·s et des intervenant·e·s. Les sessions, les sujets et les notes sont conservés, sans les noms. Laissez le champ vide pour conserver les données jusqu'à ce que vous les effaciez vous-même.
access-retention-date = Effacer les données personnelles le
access-retention-save = Enregistrer la date d'effacement
access-retention-done = Les données personnelles ont été effacées le { $date }.
access-done-removed = Le membre de l'équipe d'organisation a été retiré.
access-done-screens = Tous les écrans ont été déconnectés.
access-done-retention = La date d'effacement a été enregistrée.
nav-open-space = Forum ouvert
os-title = Forum ouvert
os-intro = Tout le monde peut porter une session : proposez un sujet, puis placez-le sur une table libre. Inscrivez ensuite votre nom à la table de votre choix ; une table par créneau.
os-screen-link = Affichage pour le projecteur
os-signups-csv = Toutes les inscriptions (CSV)
os-propose = Proposer un sujet
os-topic-title = Titre
os-topic-description = De quoi s'agit-il (facultatif)
os-topic-language = Langue
os-propose-button = Proposer et porter ce sujet
os-no-setup = L'équipe d'organisation n'a pas encore défini les créneaux et les tables. Vous pouvez déjà proposer des sujets et signaler ceux qui vous intéressent.
os-round-started = commencé
os-round-ended = terminé
os-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
os-free-tables = Libres : { $tables }
os-unplaced = Sujets pas encore placés
os-unplaced-intro = Signalez les sujets qui vous intéressent : les décomptes aident les personnes qui portent les sujets et l'équipe d'organisation à choisir les tables.
os-unplaced-none = Tous les sujets ont une table.
os-notices-dismiss = Compris
os-convened-by = Porté par { $name }
os-convened-by-participant = Porté par une personne participante
os-no-convener = Cherche une personne pour le porter
os-a-participant = une personne participante
os-seats = places occupées
os-waiting = { $count ->
    [one] { $count } en attente
   *[other] { $count } en attente
}
os-marks = { $count ->
    [one] { $count } personne intéressée
   *[other] { $count } personnes intéressées
}
os-you-are-here = Votre table
os-leave = Quitter cette table
os-join = Inscrire mon nom
os-mark = Ça m'intéresse
os-marked = Ça m'intéresse ✓ (annuler)
os-adopt = Porter ce sujet
os-move-to = Déplacer vers
os-place-in = Placer sur
os-move = Déplacer
os-place = Placer
os-move-title = Déplacer un sujet auquel des personnes sont inscrites ?
os-move-warning = Des personnes sont inscrites à « { $title } ».
os-move-people = { $count ->
    [one] { $count } personne sera prévenue du déplacement.
   *[other] { $count } personnes seront prévenues du déplacement.
}
os-move-confirm = Le déplacer et les prévenir
os-move-cancel = Le laisser où il est
os-full-title = Cette table est complète
os-full-body = Toutes les places à « { $title } » sont prises. Vous pouvez attendre une place (si une place se libère, votre nom y est inscrit et vous en êtes informé·e) ou choisir une table du même créneau où il reste de la place.
os-wait = Attendre une place
os-waiting-already = Vous êtes en attente d'une place à cette table.
os-stop-waiting = Quitter la liste d'attente
os-full-room = Tables de ce créneau où il reste de la place
os-full-none = Toutes les tables de ce créneau sont complètes.
os-seats-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
os-back = Retour au forum ouvert
os-topic = Sujet du forum ouvert
os-where = Où et quand
os-not-placed = Pas encore placé
os-convener = Porté par
os-proposed-by = Proposé par
os-interested-orgs = Organisations intéressées
os-interest = Intérêt
os-names = Noms inscrits à cette table
os-names-none = Personne pour l'instant.
os-names-unlisted = { $count ->
    [one] et { $count } personne qui n'apparaît pas dans l'annuaire
   *[other] et { $count } personnes qui n'apparaissent pas dans l'annuaire
}
os-notes = Notes
os-notes-none = Pas encore de notes.
os-notes-key-points = Points clés
os-notes-proposals = Propositions
os-notes-next-steps = Prochaines étapes
os-notes-continuing = Qui souhaite poursuivre
os-notes-write = Rédiger les notes
os-notes-language = Langue des notes
os-notes-save = Enregistrer les notes
os-note-taker = Confier la prise de notes à une personne de la table
os-note-taker-add = Confier la prise de notes
os-edit = Modifier, déplacer ou retirer ce sujet
os-edit-save = Enregistrer le sujet
os-unplace = Enlever du tableau
os-withdraw = Retirer
os-withdraw-confirm = Retirer ce sujet ; les personnes inscrites seront prévenues
os-screen-join = Inscrivez-vous sur votre téléphone :
os-setup-title = Configurer le forum ouvert
os-setup-intro = Les créneaux sont des plages horaires au sein des sessions de forum ouvert du programme ; les espaces sont les tables ou les salles, chacun avec son nombre de places. Ensemble, ils forment les cases du tableau.
os-rounds = Créneaux
os-rounds-none = Pas encore de créneaux.
os-round-label = Nom du créneau
os-round-session = Session de forum ouvert
os-round-date = Jour
os-round-start = Début
os-round-end = Fin
os-round-add = Ajouter le créneau
os-spaces = Tables et salles
os-spaces-none = Pas encore de tables.
os-space-name = Nom
os-space-capacity = Places
os-space-languages = Langues avec interprétation (facultatif, par exemple "en es")
os-space-add = Ajouter la table
os-space-edit = Modifier le nom, les places ou l'interprétation
os-space-save = Enregistrer la table
os-delete = Supprimer
os-delete-confirm = Confirmer la suppression ; les sujets qui y sont placés retournent dans la liste
access-api = Jetons d'API
access-api-intro = Un jeton permet à un autre programme d'utiliser l'API JSON (/api/v1, décrite dans /api/v1/openapi.json) en votre nom : envoyez-le sous la forme « Authorization: Bearer JETON ». Révoquez-le dès que le programme n'en a plus besoin.
access-api-once = Copiez ce jeton maintenant ; il ne sera plus affiché :
access-api-label = À quoi sert ce jeton
access-api-create = Créer un jeton
access-api-revoke = Révoquer
access-done-token = Le jeton a été révoqué.
os-print = Imprimer le tableau (A3)
os-sheets = Imprimer les feuilles d'inscription (A4, une par table)
os-print-hint = Imprimez cette page depuis le navigateur ; elle s'adapte d'elle-même au format du papier.
os-sheets-none = Aucun sujet n'a encore de table.
os-sheet-intro = Inscrivez votre nom à cette table. Une table par créneau.
os-sheet-taken = (place prise par une personne qui n'apparaît pas dans l'annuaire)
os-suggest-title = Suggérer une répartition
os-suggest-link = Suggérer une répartition
os-suggest-intro = convene propose où placer les sujets des créneaux qui n'ont pas encore commencé, de sorte que le moins de personnes possible aient à choisir entre deux sujets qu'elles ont signalés, que les sujets les plus suivis obtiennent de grandes tables et que peu de sujets changent de place. Rien ne change tant que vous n'appliquez pas la proposition ; vous pourrez ajuster le tableau ensuite.
os-suggest-none = Aucune répartition n'est possible :
os-suggest-missed = Personnes devant choisir entre deux sujets signalés (intérêts manqués)
os-suggest-overflow = Personnes au-delà de la capacité d'une table
os-suggest-moves = Sujets déplacés de leur case actuelle
os-suggest-score = Score (plus il est bas, mieux c'est)
os-suggest-bound = (aucune répartition ne peut obtenir un score inférieur à { $bound })
os-suggest-now = actuellement :
os-suggest-took = Calculé en { $ms } ms.
os-suggest-current = Actuellement
os-suggest-proposed = Proposé
os-suggest-apply = Appliquer cette répartition
os-suggest-discard = Ignorer

## La salle : questions et liste des prises de parole
floor-title = Interventions de la salle
floor-link = Questions et liste des prises de parole
floor-back = Retour à la session
floor-screen-link = Affichage pour le projecteur
floor-queue = Liste des prises de parole
floor-speaking-now = A la parole
floor-you = Vous
floor-since = depuis { $time }
floor-time-left = Temps restant
floor-nobody-speaking = Personne n'a la parole.
floor-call-next = Donner la parole à la personne suivante
floor-end-turn = Terminer cette intervention
floor-rule = Ordre : { $rule }
floor-order-arrival = dans l'ordre des demandes
floor-order-first-time-first = priorité aux personnes qui n'ont pas encore pris la parole
floor-order-balance-countries = la personne suivante vient du pays le moins entendu jusqu'ici
floor-order-balance-languages = la personne suivante parle la langue la moins entendue jusqu'ici
floor-queue-empty = Personne n'attend pour prendre la parole.
floor-point-of-order = Motion d'ordre
floor-priority = Priorité
floor-call = Donner la parole
floor-give-priority = Donner la priorité
floor-no-priority = Retirer la priorité
floor-remove = Retirer
floor-your-place = { $count ->
    [one] Vous êtes en tête de liste : c'est bientôt à vous.
   *[other] Vous êtes en position { $count } sur la liste.
}
floor-withdraw = Retirer ma demande
floor-ask-to-speak = Demander la parole
floor-speak-language = Langue dans laquelle vous parlerez
floor-note = Note pour la personne qui anime (facultatif)
floor-note-example = ex. : brève réaction
floor-queue-who-sees = Les personnes qui animent voient votre nom et votre note. Les autres personnes participantes ne voient votre nom que si vous figurez dans l'annuaire, et ne voient jamais votre note.
floor-point-of-order-ask = Il s'agit d'une motion d'ordre (elle porte sur la procédure et passe en premier)
floor-ask-to-speak-button = Demander la parole
floor-first-time = Première intervention
floor-spoke = { $count ->
    [one] { $count } intervention
   *[other] { $count } interventions
}
floor-a-participant = Une personne participante
floor-anonymous = Anonyme
floor-questions = Questions
floor-ask = Poser une question
floor-question = Votre question
floor-question-language = Langue
floor-anonymous-ask = Poser la question sans mon nom (seule l'équipe d'organisation peut savoir qui l'a posée, afin d'empêcher les abus ; toute vérification est consignée dans le journal d'audit)
floor-named-only = Votre nom s'affiche avec votre question pour les personnes connectées.
floor-moderated-note = Les questions sont approuvées par l'animation avant d'être montrées à la salle.
floor-ask-button = Envoyer la question
floor-sort-votes = Les plus votées
floor-sort-new = Les plus récentes
floor-no-questions = Pas encore de questions.
floor-moderation = En attente d'approbation ou masquées
floor-answered = Questions ayant reçu une réponse
floor-votes = { $count ->
    [one] vote
   *[other] votes
}
floor-yours = votre question
floor-pending = En attente d'approbation
floor-hidden = Masquée
floor-answered-badge = Réponse donnée
floor-vote = Voter pour cette question
floor-voted = Vote enregistré · annuler
floor-approve = Approuver
floor-hide = Masquer
floor-mark-answered = Indiquer qu'une réponse a été donnée
floor-mark-unanswered = Indiquer qu'aucune réponse n'a été donnée
floor-merge-into = Doublon de
floor-merge = Fusionner
floor-trace = Qui a posé la question ?
floor-trace-title = Qui a posé cette question
floor-trace-result = Elle a été posée par { $name }. Cette vérification est consignée dans le journal d'audit.
floor-trace-erased = Les données de la personne qui l'a posée ont été effacées.
floor-summary = Synthèse de la discussion
floor-summary-none = Pas encore de synthèse.
floor-summary-write = Rédiger la synthèse
floor-summary-save = Enregistrer la synthèse
floor-settings = Réglages des interventions de la salle
floor-setting-moderated = Approuver les questions avant qu'elles soient montrées à la salle
floor-setting-anonymous = Autoriser les questions anonymes
floor-setting-order = Ordre de la liste
floor-setting-limit = Temps de parole en secondes (vide : sans limite)
floor-settings-save = Enregistrer les réglages
floor-screen-join = Posez une question ou demandez la parole :
floor-next = À suivre
floor-more-waiting = { $count ->
    [one] et { $count } autre personne en attente
   *[other] et { $count } autres personnes en attente
}
floor-waiting-total = { $count ->
    [0] Personne n'attend pour parler
    [one] Une personne attend pour parler
   *[other] { $count } personnes attendent pour parler
}
floor-top-questions = Questions les plus votées
session-floor = Questions et liste des prises de parole
session-summary = Synthèse
session-questions-open = Questions en attente de réponse
session-questions-answered = Questions ayant reçu une réponse

## Modifier le programme
edit-title = Modifier le programme
edit-new-session = Nouvelle session
edit-session-title = Modifier la session
edit-see-program = Voir le programme tel qu'il apparaît au public
edit-see-session = Voir la page de la session
edit-back = Retour à l'éditeur de programme
edit-warnings = À vérifier
edit-warnings-intro = Rien n'est bloqué : c'est à vous de juger si chaque point est correct.
edit-warning-room = { $room } accueille « { $first } » et « { $second } » en même temps.
edit-warning-person = { $person } participe à « { $first } » et à « { $second } » en même temps.
edit-warning-dates = « { $session } » est en dehors des dates de la consultation.
edit-has-warning = À vérifier
edit-sessions = Sessions
edit-no-sessions = Pas encore de sessions.
edit-time = Horaire
edit-session = Session
edit-room = Salle
edit-rooms = Salles
edit-room-name = Nom de la salle
edit-rename = Renommer
edit-delete-room = Supprimer
edit-new-room = Nouvelle salle
edit-add-room = Ajouter la salle
edit-details = La consultation
edit-c-title = Titre
edit-c-venue = Lieu
edit-c-tz = Fuseau horaire (par exemple Asia/Bangkok)
edit-c-start = Premier jour
edit-c-end = Dernier jour
edit-c-languages = Langues (codes tels que en es fr)
edit-save = Enregistrer
edit-saved = Enregistré. Les pages ouvertes affichent la modification.
edit-public = Le programme est public : toute personne qui connaît l'adresse peut le consulter.
edit-private = Le programme est privé : seules les personnes connectées peuvent le consulter.
edit-make-private = Le rendre privé
edit-make-public = Le rendre public
edit-is-cancelled = Cette session est annulée. Elle reste au programme, signalée comme telle, pour que tout le monde en soit informé.
edit-s-title = Titre
edit-s-kind = Type
edit-s-date = Date
edit-s-start = Début
edit-s-end = Fin
edit-s-room = Salle
edit-no-room = Aucune salle
edit-s-languages = Langues parlées
edit-s-interpretation = Interprétation vers
edit-tags-help = Codes de langue séparés par des espaces, par exemple : en es fr
edit-s-text-language = Langue du titre et de la description
edit-s-description = Description
edit-s-facilitators = Animation
edit-s-speakers = Intervenant·e·s ou panélistes
edit-multi-help = Maintenez la touche Ctrl enfoncée (ou, sur un téléphone, appuyez longuement) pour choisir plusieurs personnes.
edit-add-person = Une personne qui n'est pas encore dans l'annuaire
edit-p-name = Nom
edit-p-organisation = Organisation
edit-p-country = Pays
edit-p-role = Rôle dans cette session
edit-p-speaker = Intervenant·e
edit-p-facilitator = Animateur·rice
edit-add-person-button = L'ajouter à cette session
edit-more = Plus
edit-duplicate = Dupliquer cette session
edit-cancel = Annuler cette session
edit-restore = Rétablir la session
session-cancelled = Annulée
session-changed = Modifiée
session-changes = Modifications récentes
session-change-room = Salle : { $change }
session-change-time = Horaire : { $change }
session-change-title = Titre : { $change }
session-change-cancelled = Annulée
session-change-restored = De retour au programme
import-program-title = Importer un programme
import-program-failed = Rien n'a été importé : corrigez ces points dans le fichier et réessayez.
import-program-preview = Aperçu : rien n'est encore enregistré
import-program-done = Importé
import-program-format = Lu au format { $format }.
import-program-created = { $count ->
    [one] { $count } nouvelle session
   *[other] { $count } nouvelles sessions
}
import-program-updated = { $count ->
    [one] { $count } session mise à jour
   *[other] { $count } sessions mises à jour
}
import-program-unchanged = { $count ->
    [one] { $count } session inchangée
   *[other] { $count } sessions inchangées
}
import-program-rooms = Nouvelles salles :
import-program-people = Nouvelles personnes :
import-program-apply = Importer
import-program-file = Fichier de programme (frab XML ou JSON, ou CSV)
import-program-check = Vérifier le fichier
import-program-formats = convene lit le programme exporté par pretalx, frab et d'autres outils de conférence (frab XML ou JSON : salles, jours, événements avec leurs intervenant·e·s, leur langue et leur résumé), ainsi qu'un fichier CSV.
import-program-csv = Le fichier CSV comporte une ligne d'en-tête avec ces colonnes, dans n'importe quel ordre : dates au format AAAA-MM-JJ, heures au format HH:MM dans le fuseau horaire de la consultation, noms séparés par « ; », codes de langue séparés par des espaces. Une colonne id et une colonne description sont facultatives.
import-program-rerun = Si vous importez à nouveau le même fichier, ses sessions sont mises à jour au lieu d'être ajoutées une seconde fois.
session-is-cancelled = Cette session est annulée.

## Le rapport de la consultation
report-title = Rapport
report-link = Le rapport de la consultation : ce qui a été dit, proposé et décidé
report-draft = Brouillon : seule l'équipe d'organisation peut lire ce rapport tant qu'il n'est pas publié.
report-published = Publié : les participant·e·s peuvent lire ce rapport.
report-introduction = Introduction
report-conclusions = Conclusions
report-numbers = En chiffres
report-people = Personnes inscrites
report-organisations = Organisations représentées
report-countries = Pays représentés
report-sessions = Sessions documentées
report-topics = Tables du forum ouvert
report-questions-asked = Questions de la salle
report-questions-answered = Questions ayant reçu une réponse
report-fewer-than-3 = moins de 3
report-a-participant = une personne participante
report-not-named = { $count ->
    [one] { $count } personne non nommée
   *[other] { $count } personnes non nommées
}
report-facilitators = Animation
report-speakers = Intervenant·e·s
report-summary = Synthèse
report-no-summary = Aucune synthèse n'a été rédigée.
report-questions-answered-list = Questions ayant reçu une réponse
report-questions-open = Questions restées sans réponse
report-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
report-took-part = Personnes ayant pris la parole depuis la salle : { $count }
report-at-table = Personnes à la table : { $count }
report-convened-by = Porté par { $name }
report-table = { $name }
report-no-notes = Aucune note n'a été prise à cette table.
report-round = Forum ouvert : { $label }
report-actions = Propositions et prochaines étapes
report-actions-intro = Toutes les propositions et prochaines étapes notées aux tables, avec la table dont elles proviennent.
report-proposal = Proposition
report-next-step = Prochaine étape
report-empty = Rien n'a encore été recueilli : aucune session n'a de synthèse ni de questions, et aucune table n'a de notes. Le rapport se remplit au fur et à mesure que les personnes qui animent les sessions et celles qui portent les sujets rédigent.
report-contents = Sommaire
report-downloads = Télécharger
report-download-md = Markdown
report-download-docx = Document Word
report-download-html = Page web (un seul fichier)
report-file-language = Langue des titres
report-print = Pour imprimer ou enregistrer en PDF, utilisez le menu d'impression du navigateur.
report-edit = Modifier le rapport
report-edit-intro = L'introduction et les conclusions sont à rédiger par vous ; ce que le rapport dit des sessions et des tables provient de leurs synthèses et de leurs notes, telles qu'elles ont été rédigées.
report-publish = Publié : les participant·e·s peuvent le lire (ainsi que les personnes non connectées, si le programme est public)
report-save = Enregistrer le rapport
report-leave-out = Exclure du rapport
report-left-out = Exclu
report-saved = Le rapport est enregistré.
report-language = Langue du texte
report-generated = Réalisé avec convene le { $date }.

# The language's name as its speakers write it, in the language switcher.
language-own-name = Français

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = Une place s'est libérée à « { $title } » : elle est pour vous.
notice-seat-freed-moved = Une place s'est libérée à « { $title } » : elle est pour vous, et votre nom a quitté l'autre table de ce créneau.
notice-topic-withdrawn = « { $title } » a été retiré par la personne qui le portait ; votre nom a été retiré de sa table.
notice-topic-moved = « { $title } » a été déplacé vers { $space } ; votre inscription est maintenue.
notice-topic-moved-round = « { $title } » a été déplacé vers { $space } dans { $round } ; votre nom a été retiré, réinscrivez-vous si vous pouvez venir.
notice-topic-off-board = « { $title } » a été retiré du tableau ; votre nom a été retiré de sa table.
notice-topic-other-round = « { $title } » est passé à un autre créneau ; votre nom a été retiré, réinscrivez-vous si vous pouvez venir.

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = Seule la personne qui porte le sujet ou l'équipe d'organisation peut faire cela.
error-topic-convened = Une autre personne porte déjà ce sujet.
error-no-such-round = Ce créneau n'existe pas.
error-no-such-space = Cet espace n'existe pas.
error-round-started = { $round } a commencé : seule l'équipe d'organisation peut encore le modifier.
error-topic-round-started = Le créneau de ce sujet a commencé : seule l'équipe d'organisation peut encore déplacer ce sujet.
error-cell-taken = Un autre sujet vient de prendre cette case ; choisissez une autre case libre.
error-convener-busy = La personne qui porte ce sujet a déjà une table dans ce créneau ; chaque personne ne peut porter qu'une table par créneau.
error-topic-stale = Ce sujet a changé depuis le chargement de votre page ; consultez à nouveau le tableau, puis réessayez.
error-proposal-unreadable = La proposition est illisible ; suggérez à nouveau une répartition.
error-round-started-meanwhile = { $round } a commencé entre-temps ; suggérez à nouveau une répartition.
error-board-changed = Le tableau a changé entre-temps (une case a été prise) ; suggérez à nouveau une répartition.
error-topic-not-on-board = Ce sujet n'est pas sur le tableau (il a été retiré, ou n'est pas encore placé).
error-not-a-note-taker = Seules la personne qui porte le sujet, les personnes à qui elle confie la prise de notes et l'équipe d'organisation peuvent rédiger les notes.
error-note-taker-not-seated = La prise de notes ne peut être confiée qu'à une personne inscrite à la table.
error-too-few-seats = { $seated } personnes sont inscrites à une table dans cet espace : il faut au moins { $seated } places. Déplacez d'abord le sujet vers un espace plus grand, ou demandez aux personnes de changer de table.
error-not-a-moderator = Seules les personnes qui animent la session et l'équipe d'organisation peuvent faire cela.
error-no-anonymous-questions = Cette session n'accepte pas les questions anonymes ; posez votre question avec votre nom.
error-voted-already = Vous avez déjà voté pour cette question : chaque personne ne vote qu'une fois.
error-question-not-open = Cette question n'est pas ouverte au vote (elle attend d'être approuvée ou a été masquée).
error-question-merged = Cette question a été fusionnée avec une autre : c'est sur cette autre question qu'il faut agir.
error-merge-refused = Une question ne peut être fusionnée qu'avec une autre question ouverte de la même session.
error-trace-organisers = Seule l'équipe d'organisation peut savoir qui a posé une question.
error-queued-already = Vous êtes déjà sur la liste des prises de parole de cette session.
error-not-queued = Vous n'êtes pas en attente de prise de parole dans cette session.
error-queue-empty = Personne n'attend pour prendre la parole.
error-no-longer-waiting = Cette personne n'attend plus pour prendre la parole.
error-nobody-speaking = Personne n'a la parole.
error-summary-too-long = La synthèse est trop longue ({ $len } caractères, { $max } au maximum).
error-speaking-time = Le temps de parole « { $text } » n'est pas un nombre de secondes.

## Validation des formulaires : ce qui ne va pas dans une saisie, et les champs qu'elle concerne.
error-empty = « { $field } » ne peut pas rester vide.
error-too-long = « { $field } » compte trop de caractères : { $length }, pour { $max } au maximum.
error-unknown-time-zone = Fuseau horaire inconnu : « { $value } ». Utilisez un nom tel que Asia/Bangkok.
error-unknown-country = Pays inconnu : « { $value } ». Utilisez un code tel que AR ou le nom du pays.
error-invalid-language = « { $value } » n'est pas une langue : utilisez un code tel que en ou id.
error-invalid = « { $field } » : « { $value } » n'est pas valide ; valeur attendue : { $expected }.
error-unknown-session-kind = Type de session inconnu : « { $value } ».
error-ends-before-start = La session « { $title } » se termine avant de commencer (début : { $starts } ; fin : { $ends }).
error-dates-reversed = La date de fin de la consultation ({ $end }) est antérieure à sa date de début ({ $start }).
error-dangling = « { $field } » : « { $value } » n'existe pas.
field-cancelled = Annulée
field-capacity = Places
field-convener = Personne qui porte le sujet
field-corridor = Corridor
field-email = Adresse e-mail
field-languages = Langues
field-name = Nom
field-note = Note
field-organisation = Organisation
field-organisation-name = Nom de l'organisation
field-people = Personnes
field-person = Personne
field-question = Question
field-queue-order = Ordre de la liste des prises de parole
field-retention-date = Date d'effacement
field-role = Rôle
field-room = Salle
field-room-name = Nom de la salle
field-round-end = Fin du créneau
field-round-name = Nom du créneau
field-screen-name = Nom de l'écran
field-session = Session
field-session-description = Description de la session
field-session-title = Titre de la session
field-space-name = Nom de la table
field-speaking-time = Temps de parole
field-time = Horaire
field-title = Titre
field-token-name = Nom du jeton
field-topic = Sujet
field-topic-description = Description du sujet
field-topic-title = Titre du sujet
field-venue = Lieu
field-visibility = Visibilité
field-website = Site web
field-other = Ce champ
expected-corridor = un pays d'origine et un pays de destination, par exemple ID>SG
expected-existing-date = une date qui existe dans le fuseau horaire de la consultation
expected-after-last-day = une date postérieure au dernier jour de la consultation
expected-unique-space-name = un nom qu'aucune autre table ne porte
expected-seats = un nombre de places compris entre 1 et 1000
expected-free-convener = une personne qui ne porte aucun autre sujet dans ce créneau
expected-after-round-start = une heure postérieure au début du créneau
expected-topic-on-board = un sujet présent sur le tableau (il a été retiré entre-temps)
expected-https-address = une adresse commençant par https://
expected-email-address = une adresse telle que name@example.org
expected-queue-order = l'un des ordres proposés
expected-speaking-time = entre 10 secondes et 60 minutes
expected-visibility = dans l'annuaire, équipe d'organisation uniquement ou hors annuaire
expected-listed-value = l'une des valeurs de la liste
expected-role = organisateur·rice, animateur·rice ou participant·e
expected-no-nul = un texte sans caractères NUL
expected-other = une valeur proposée par le formulaire

## Importing files: what is wrong with a file, a line or a field.
import-error-at-column = ligne { $line }, colonne { $column } : { $message }
import-error-at-line = ligne { $line } : { $message }
import-not-text = ce n'est pas un fichier texte (octet nul à la ligne { $line }) ; exportez la feuille au format CSV, UTF-8
import-not-utf8 = la ligne { $line } n'est pas du texte UTF-8 ; enregistrez le fichier au format « CSV UTF-8 »
import-unreadable-header = impossible de lire la ligne d'en-tête : { $detail }
import-unreadable-row = impossible de lire cette ligne : { $detail }
import-row-width = compte { $fields } champs, alors que la ligne d'en-tête en compte { $width }
import-same-person = même personne qu'à la ligne { $first }
import-no-participants = le fichier a une ligne d'en-tête, mais aucun·e participant·e
import-column-twice = cette colonne apparaît deux fois dans la ligne d'en-tête
import-no-name-column = pas de colonne « name » dans la ligne d'en-tête (colonnes trouvées : { $found })
import-too-long = compte plus de { $max } caractères
import-title-empty = le titre est vide
import-title-too-long = le titre dépasse { $max } caractères
import-description-too-long = la description dépasse { $max } caractères
import-duplicate-id = { $place } : l'id « { $id } » est déjà utilisé ({ $first }) ; chaque session doit avoir le sien
import-cut-off = le fichier s'arrête ici, au milieu du programme : il a été tronqué ; exportez-le à nouveau
import-too-deep = ici, les éléments sont imbriqués sur plus de { $max } niveaux ; un programme frab en compte environ six
import-too-many-elements = le fichier compte plus de { $max } éléments
import-not-xml = ce n'est pas du XML bien formé (colonne { $column }) : { $detail }
import-not-frab-root = l'élément racine du fichier est <{ $root }> et non <schedule> : ce n'est pas un programme frab
import-event = événement « { $title } » : { $message }
import-event-field = { $place }, champ { $field } : { $message }
import-no-guid = l'événement n'a ni guid ni id
import-bad-date = la date « { $value } » n'est ni une date avec heure et décalage UTC, ni une date YYYY-MM-DD
import-bad-start = le début « { $value } » n'est pas une heure telle que 09:30
import-no-time-zone = les heures n'indiquent pas de décalage UTC et le fichier ne précise aucun fuseau horaire
import-time-not-in-zone = { $value } n'existe pas dans le fuseau horaire : { $detail }
import-bad-duration = la durée « { $value } » n'est pas au format HH:MM
import-negative-duration = durée « { $value } » : l'événement se termine avant de commencer
import-not-json = ce n'est pas du JSON valide : { $detail }
import-not-frab-json = ce JSON ne contient pas de schedule.conference : ce n'est pas un programme frab
import-missing-columns = il manque des colonnes dans la ligne d'en-tête : { $missing } ; colonnes attendues : { $expected }
import-needs-consultation = un programme au format CSV doit être rattaché à une consultation (pour son fuseau horaire) ; créez-en une d'abord
import-bad-csv-date = « { $value } » n'est pas une date telle que 2026-11-30
import-bad-time = « { $value } » n'est pas une heure telle que 09:30
import-session-ends-before-start = la session se termine à { $end }, avant son début à { $start }
import-bad-kind = « { $value } » n'est pas un type de session ; utilisez plenary, facilitated-discussion, open-space, break ou other
import-file-too-large = le fichier fait { $size } Mo ; on peut importer { $max } Mo au maximum
import-reader-failed = convene n'a pas pu lire ce fichier (son lecteur a échoué) ; rien n'a été enregistré
import-no-consultation = la base de données ne contient aucune consultation et le fichier n'en décrit aucune (un programme frab a un <conference>) ; créez d'abord la consultation
import-not-stored = rien n'a été enregistré : { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = Seules les personnes connectées avec leur propre lien peuvent faire cela.
error-organisers-only = Seule l'équipe d'organisation peut faire cela.
error-last-organiser-erase = C'est le dernier membre de l'équipe d'organisation ; ajoutez-en un autre avant de l'effacer.
error-last-organiser-remove = C'est le dernier membre de l'équipe d'organisation ; ajoutez-en un autre avant de le retirer.
error-password-length = Le mot de passe doit compter entre { $min } et { $max } caractères ; celui-ci en compte { $length }.
error-passwords-differ = Les deux mots de passe sont différents ; saisissez deux fois le même.
error-not-a-time = « { $field } » : « { $value } » n'est pas une heure telle que 09:30.
error-session-cancelled-already = Cette session est déjà annulée.
error-session-not-cancelled = Cette session n'est pas annulée.
error-room-exists = Il existe déjà une salle nommée « { $name } ».
error-room-rename = Impossible de renommer la salle en « { $name } » : une autre salle porte déjà ce nom, ou la salle n'existe plus.
error-not-a-date = « { $value } » n'est pas une date ; utilisez le format 2027-03-31.
error-upload-too-large = Le fichier dépasse { $max } Mo ; rien n'a été importé.
error-choose-schedule-file = Choisissez un fichier de programme à importer.
error-not-a-cell = « { $value } » n'est pas une case du tableau ; choisissez-en une dans la liste.
error-not-a-date-time = « { $value } » n'est pas une date et une heure valides, par exemple 2027-03-02 et 14:00.
error-pick-session = Choisissez une session dans la liste.
error-not-seats = « { $value } » n'est pas un nombre de places.
error-unknown-format = Format inconnu : « { $value } ». Formats possibles : md, docx ou html.
error-not-for-your-role = Cette page n'est pas accessible avec votre rôle.
error-no-pages-in = Il n'y a pas de pages en « { $value } ».
error-unknown-person = Cette personne n'est pas dans l'annuaire.
field-start-time = Début
field-end-time = Fin
error-pick-room = Choisissez une salle dans la liste.
error-room-gone = Cette salle n'existe pas (ou plus).

account-consent-convener = Mon nom en tant que personne qui porte une table, sur le tableau et à l'écran (sinon « Porté par une personne participante »)
os-rules-title = Les règles du forum ouvert
os-rule-anyone = Tout le monde peut porter une table : dites de quoi il s'agit et donnez-lui un titre.
os-rule-convener = La personne qui porte le sujet décide du déroulement de sa session.
os-rule-no-preparation = Aucune préparation n'est nécessaire.
os-rule-two-feet = On peut changer de table : allez là où vous apprenez ou apportez le plus.
os-rules-edit = Règles du forum ouvert, une par ligne
os-rules-edit-hint = Affichées sur le tableau et à l'écran. Laissez vide pour reprendre les règles de l'ordre du jour, que chaque personne lit dans sa propre langue.
os-rules-save = Enregistrer les règles
os-find = Trouver une table
os-find-words = Rechercher
os-find-round = Créneau
os-find-all-rounds = Tous les créneaux
os-find-room = Seulement les tables où il reste de la place
os-find-button = Chercher
os-find-clear = Tout afficher
os-find-shown = { $count ->
    [one] { $count } sujet affiché
   *[other] { $count } sujets affichés
}
os-convener-for = Personne qui porte le sujet (si vous saisissez un sujet pour quelqu'un d'autre)
os-convener-for-hint = Choisissez un nom dans l'annuaire ou saisissez-en un nouveau. Laissez vide pour porter le sujet vous-même.
notice-topic-entered = L'équipe d'organisation a saisi « { $title } » en vous indiquant comme la personne qui le porte. Vous pouvez le modifier ou le retirer depuis sa page.
os-mine = Mon forum ouvert
os-mine-convening = Vous le portez
os-mine-convening-unplaced = Vous le portez · pas encore sur le tableau
os-mine-no-table = Pas encore de table
os-mine-in-line = { $count ->
    [one] En tête de la liste d'attente
   *[other] En position { $count } sur la liste d'attente
}
poll-title = Sondages
poll-open = Lancer un sondage
poll-question = Question
poll-kind = Type de sondage
poll-kind-single = Un seul choix
poll-kind-multiple = Plusieurs choix
poll-kind-words = Un nuage de mots (un mot par personne)
poll-choices = Choix, un par ligne
poll-choices-hint = De 2 à 12 choix. Un nuage de mots n'en demande aucun.
poll-anonymous = Les sondages sont anonymes : aucun nom n'est conservé avec les réponses, et les décomptes inférieurs à 3 restent masqués jusqu'à la clôture du sondage.
poll-open-button = Lancer le sondage
poll-none = Pas encore de sondage.
poll-closed = Clos
poll-live = Ouvert
poll-answers = { $count ->
    [0] Pas encore de réponse
    [one] Une réponse
   *[other] { $count } réponses
}
poll-you-answered = vous avez répondu
poll-your-word = Votre mot
poll-answer = Répondre
poll-few = moins de 3
poll-few-hidden = Les décomptes inférieurs à 3 et les mots les plus rares s'affichent à la clôture du sondage, pour que personne ne puisse deviner la réponse de quelqu'un.
poll-close = Clore le sondage
poll-screen-join = Répondez sur votre téléphone :
edit-order = Ordre dans le programme
edit-order-up = Avant
edit-order-down = Après
edit-moderators = Modération des interventions de la salle
edit-moderators-hint = Ces personnes gèrent les interventions de la salle (la liste des prises de parole, les questions, les sondages) sans figurer parmi les personnes qui animent la session, comme lors d'une plénière d'ouverture.
edit-moderators-save = Enregistrer la modération
report-polls = Sondages
report-poll-answers = personnes ayant répondu : { $count }
notice-convener-seated = Vous portez « { $title } » : votre nom est désormais inscrit à cette table, et a quitté toute autre table de ce créneau.
error-convener-stays = Vous portez « { $title } » dans ce créneau : la personne qui porte un sujet reste à sa propre table.
error-convener-for-others = Seules l'équipe d'organisation et les personnes qui animent le forum ouvert peuvent saisir des sujets pour quelqu'un d'autre.
error-poll-answered = Vous avez déjà répondu à ce sondage : chaque personne ne répond qu'une fois.
error-poll-closed = Ce sondage est clos.
field-poll-kind = Type de sondage
field-choice = Choix
field-choices = Choix
field-answer = Réponse
field-open-space-rules = Règles du forum ouvert
expected-poll-kind = un seul choix, plusieurs choix ou un nuage de mots
expected-poll-choices = de 2 à 12 choix, un par ligne
expected-one-word = un seul mot
expected-poll-choice = l'un des choix du sondage
expected-a-choice = un choix
expected-one-choice = un seul choix
session-board-link = Aller au tableau du forum ouvert

## Before the meeting: organisations, invitations by e-mail, my schedule
organisation-edit-link = Modifier cette organisation
organisation-new-link = Ajouter une organisation
organisation-edit-title = Modifier { $name }
organisation-new-title = Ajouter une organisation
organisation-edit-back = Retour
organisation-acronym = Sigle
organisation-tags = Autres secteurs
organisation-tags-help = Secteurs absents de la liste, séparés par |
organisation-corridors-help = Choisissez l'origine et la destination de chaque corridor migratoire sur lequel l'organisation travaille. Pour retirer un corridor, mettez les deux sur « — ».
organisation-no-members = Personne n'appartient encore à cette organisation.
organisation-merge = Fusionner un doublon avec cette organisation
organisation-merge-help = Les personnes, les sujets et les corridors de l'autre organisation passent à { $name }, et ses secteurs, ses services et ses langues y sont ajoutés. L'autre organisation est ensuite supprimée : c'est définitif.
organisation-merge-other = Le doublon
organisation-merge-button = Fusionner avec celle-ci
error-organisation-name-taken = Une autre organisation porte déjà ce nom ou ce sigle (voir /organisations/{ $id }) : fusionnez plutôt les deux.
error-merge-same-organisation = Une organisation ne peut pas être fusionnée avec elle-même.
import-col-organisation-fields = facultatif, pour une seule feuille qui contient tout : organisation_acronym, organisation_country, organisation_sectors, organisation_services, organisation_languages, organisation_website et organisation_corridors (par exemple ID>SG|ID>MY) décrivent l'organisation de la personne
import-done-organisations-updated = { $count ->
    [one] { $count } organisation mise à jour.
   *[other] { $count } organisations mises à jour.
}
import-orgs-link = Importer des organisations depuis un tableur
import-orgs-title = Importer des organisations
import-orgs-file = Liste des organisations (fichier CSV)
import-orgs-see = Voir les organisations
import-orgs-format-body = Un tableur enregistré au format CSV (UTF-8), avec des virgules ou des points-virgules comme séparateurs. La première ligne nomme les colonnes, dans n'importe quel ordre ; seule la colonne « name » est obligatoire. Le fichier est importé en entier ou pas du tout. Une organisation déjà connue par son nom ou son sigle est mise à jour ; si le fichier n'a pas une colonne, cette information reste inchangée. Le téléchargement des organisations comporte exactement ces colonnes.
import-orgs-col-name = le nom de l'organisation
import-orgs-col-acronym = un nom court ; les organisations sont reconnues par leur nom ou leur sigle
import-orgs-col-sectors = des clés telles que domestic-work ou sex-work, séparées par | ; les autres valeurs sont conservées comme secteurs propres à l'organisation
import-orgs-col-services = des clés telles que legal-aid, shelter, hotline, outreach, séparées par |
import-orgs-col-website = une adresse commençant par https://
import-orgs-col-corridors = les corridors migratoires sous forme de codes pays origine>destination, séparés par |, par exemple ID>SG|ID>MY
invitations-badges = Badges imprimés
invitations-mail-title = Par e-mail
invitations-mail-server = Les invitations sont envoyées par { $server }. Chaque message contient un nouveau lien de connexion et son code QR, dans la langue de la personne ; l'ancien lien cesse de fonctionner dès que le nouveau est envoyé.
invitations-mail-not-yet-in = Envoyer un e-mail à toutes les personnes pas encore connectées
invitations-mail-everyone = Envoyer un e-mail à tout le monde
invitations-mail-one = Envoyer un nouveau lien par e-mail
invitations-mail-count-sent = { $count ->
    [one] { $count } envoyée
   *[other] { $count } envoyées
}
invitations-mail-count-waiting = { $count ->
    [one] { $count } en attente
   *[other] { $count } en attente
}
invitations-mail-count-failed = { $count ->
    [one] { $count } échec
   *[other] { $count } échecs
}
invitations-mail-count-no-address = { $count ->
    [one] { $count } personne sans adresse
   *[other] { $count } personnes sans adresse
}
invitations-mail-sent = Envoyé par e-mail à { $address }
invitations-mail-failed = Non envoyé à { $address } : { $reply }
invitations-mail-retrying = Nouvel essai d'envoi à { $address } ({ $reply })
invitations-mail-waiting = En cours d'envoi à { $address }
invitations-mail-queued = { $count ->
    [0] Personne à qui envoyer : chaque personne choisie a déjà un message en route, ou n'a pas d'adresse.
    [one] { $count } invitation est en cours d'envoi.
   *[other] { $count } invitations sont en cours d'envoi.
}
invitations-mail-repeated = Ces invitations étaient déjà en route : rien n'a été envoyé deux fois.
invitations-mail-off = Aucun serveur de messagerie n'est configuré : les invitations ne peuvent donc pas être envoyées par e-mail. Imprimez plutôt les badges. Pour les envoyer par e-mail, ajoutez ceci au fichier de configuration (ou indiquez --smtp-url et --smtp-from) :
invitations-mail-off-credentials = Le nom d'utilisateur et le mot de passe se mettent dans les variables d'environnement CONVENE_SMTP_USER et CONVENE_SMTP_PASSWORD, jamais dans le fichier. Redémarrez ensuite convene.
invitations-wording = Le texte de l'e-mail
invitations-wording-language = Langue
invitations-wording-show = Afficher
invitations-wording-subject = Objet
invitations-wording-body = Message
invitations-wording-help = Ces éléments sont remplacés pour chaque personne : {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} et {"{"}link{"}"} (obligatoire). Le code QR s'affiche sous le message. Enregistrez un texte vide pour revenir au texte de convene.
invitation-mail-subject = Votre invitation : {"{"}consultation{"}"}
invitation-mail-body =
    Bonjour {"{"}name{"}"},

    Vous êtes invité·e à {"{"}consultation{"}"}, {"{"}dates{"}"}, à {"{"}place{"}"}.

    Ouvrez ce lien personnel pour vous connecter (il ne fonctionne qu'une seule fois, sur un seul appareil ; gardez-le pour vous) :
    {"{"}link{"}"}

    Vous pouvez aussi scanner le code QR ci-dessous avec l'appareil photo de votre téléphone. Vous y trouverez le programme, les participant·e·s et le forum ouvert.
invitation-mail-qr = Code QR de votre lien de connexion
error-mail-not-configured = Aucun serveur de messagerie n'est configuré : imprimez plutôt les badges.
error-mail-form-key = Ce formulaire n'est plus à jour : rechargez la page et envoyez à nouveau.
error-mail-no-subject = L'e-mail doit avoir un objet.
error-mail-no-link = Le message doit contenir {"{"}link{"}"} : sans lui, personne ne pourrait se connecter.
error-mail-unknown-placeholder = convene ne sait pas remplir « {"{"}{ $word }{"}"} » : utilisez {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} ou {"{"}link{"}"}.
field-sectors = Secteurs
field-services = Services
expected-two-countries = deux pays différents
import-same-organisation = même organisation qu'à la ligne { $first }
import-no-organisations = le fichier a une ligne d'en-tête, mais aucune organisation
import-organisation-differs = cette organisation est décrite différemment à la ligne { $first }
nav-my = Mon programme
remember = Garder
error-remember-yes-no = Indiquez si vous voulez garder cette session ou non.
my-title = Mon programme
my-empty = Rien ici pour l'instant. Appuyez sur « Garder » sur une session du programme pour la retrouver ici, et inscrivez-vous à des tables du forum ouvert : les sessions où vous intervenez ou que vous animez s'affichent d'elles-mêmes.
my-part-facilitating = Vous animez
my-part-speaking = Vous intervenez
my-part-remembered = Gardée
my-part-convening = Vous portez cette table
my-part-signed-up = Votre table
my-part-waiting = Sur la liste d'attente pour une place (position { $place })
my-calendar = Dans votre agenda
my-calendar-body = Abonnez-vous à cette adresse dans l'agenda de votre téléphone : il suivra chaque changement de votre programme, comme l'agenda du programme complet.
my-calendar-subscribe = M'abonner dans mon agenda
my-calendar-address = L'adresse de votre agenda
my-calendar-private = Cette adresse n'est qu'à vous : toute personne qui la connaît voit votre programme. Si quelqu'un d'autre a pu l'obtenir, créez-en une nouvelle ; l'ancienne cessera de fonctionner.
my-calendar-reset = Créer une nouvelle adresse

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = Travail domestique
sector-sex-work = Travail du sexe
sector-construction = Construction
sector-agriculture = Agriculture
sector-fishing = Pêche
sector-manufacturing = Industrie manufacturière
sector-hospitality = Hôtellerie-restauration
sector-care-work = Travail de soin
sector-entertainment = Divertissement
service-legal-aid = Aide juridique
service-shelter = Hébergement
service-hotline = Ligne d'écoute
service-pre-departure-information = Information avant le départ
service-outreach = Travail de proximité
service-counselling = Soutien psychosocial
service-health-care = Soins de santé
service-reintegration = Réintégration
service-organising = Syndicalisation
service-advocacy = Plaidoyer
service-research = Recherche

## Tables from the corridors (issue 24)
corridor-tables-link = Tables issues des corridors migratoires
corridor-tables-title = Tables issues des corridors migratoires
corridor-tables-intro = Chaque corridor migratoire qui compte une organisation à chacune de ses extrémités peut devenir une table où elles se retrouvent : celles du pays que les personnes quittent et celles du pays où elles se rendent. Cochez les tables à suggérer sur le tableau du forum ouvert ; les organisations sont signalées comme intéressées, et tout le monde peut ensuite les porter.
corridor-tables-empty = Aucun corridor n'a encore d'organisation à ses deux extrémités. Ajoutez des corridors aux organisations (Annuaire → Organisations), ou importez-les avec la liste des organisations.
corridor-tables-origin = Origine :
corridor-tables-destination = Destination :
corridor-tables-elsewhere = Également :
corridor-tables-on-board = sur le tableau
corridor-tables-publish = Suggérer ces tables sur le tableau
corridor-tables-none-chosen = Cochez au moins une table à suggérer.
corridor-tables-added = { $count ->
    [0] Aucune table ajoutée.
    [one] 1 table ajoutée au tableau.
   *[other] { $count } tables ajoutées au tableau.
}
corridor-tables-already = { $count ->
    [0] {""}
    [one] 1 y était déjà.
   *[other] { $count } y étaient déjà.
}
corridor-table-description = Organisations côté origine : { $origin }. Côté destination : { $destination }.
region-northern-africa = Afrique septentrionale
region-eastern-africa = Afrique orientale
region-middle-africa = Afrique centrale
region-southern-africa = Afrique australe
region-western-africa = Afrique occidentale
region-caribbean = Caraïbes
region-central-america = Amérique centrale
region-south-america = Amérique du Sud
region-northern-america = Amérique septentrionale
region-central-asia = Asie centrale
region-eastern-asia = Asie orientale
region-south-eastern-asia = Asie du Sud-Est
region-southern-asia = Asie méridionale
region-western-asia = Asie occidentale
region-eastern-europe = Europe orientale
region-northern-europe = Europe septentrionale
region-southern-europe = Europe méridionale
region-western-europe = Europe occidentale
region-australia-new-zealand = Australie et Nouvelle-Zélande
region-melanesia = Mélanésie
region-micronesia = Micronésie
region-polynesia = Polynésie
region-antarctica = Antarctique
region-elsewhere = Autres lieux

## Questionnaires
questionnaires-title = Questionnaires
questionnaires-none = Aucun questionnaire n'est ouvert.
questionnaire-new = Nouveau questionnaire
questionnaire-title-field = Titre
questionnaire-create = Créer et ajouter des questions
questionnaire-anonymous = Anonyme (comme l'évaluation)
questionnaire-anonymous-help = Aucune personne n'est associée aux réponses : elles ne peuvent donc plus être modifiées une fois envoyées. Chaque personne peut répondre une seule fois.
questionnaire-anonymous-short = anonyme
questionnaire-anonymous-note = Anonyme : votre nom n'est pas conservé avec vos réponses.
questionnaire-anonymity-fixed = Des personnes ont déjà répondu : le caractère anonyme ou non du questionnaire ne peut plus être changé.
questionnaire-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
questionnaire-response-count = { $count ->
    [0] aucune réponse pour l'instant
    [one] { $count } personne a répondu
   *[other] { $count } personnes ont répondu
}
questionnaire-answer = Répondre
questionnaire-change-answers = Modifier mes réponses
questionnaire-answered = Réponses envoyées
questionnaire-open = Ouvert
questionnaire-open-until = Ouvert jusqu'au { $at }
questionnaire-opens = Ouverture le { $at }
questionnaire-closed-label = Fermé
questionnaire-closed = Ce questionnaire est fermé : les réponses ne peuvent plus être envoyées ni modifiées.
questionnaire-answered-already = Vous avez déjà répondu à ce questionnaire anonyme. Merci.
questionnaire-preview = Le voir comme les personnes participantes
questionnaire-settings = Titre, dates et anonymat
questionnaire-opens-field = Ouverture (facultatif)
questionnaire-closes-field = Fermeture (facultatif)
questionnaire-bad-time = « { $value } » n'est pas une date et une heure.
questionnaire-closes-before-opening = Le questionnaire doit fermer après son ouverture.
questionnaire-saved = Enregistré.
questionnaire-questions = Questions
questionnaire-no-questions = Aucune question pour l'instant : ajoutez la première ci-dessous. Les participant·e·s voient le questionnaire dès qu'il contient une question.
questionnaire-too-many-questions = Un questionnaire compte au plus { $max } questions.
questionnaire-title-needed = Indiquez le titre dans la première langue de la consultation ({ $lang }).
questionnaire-text-too-long = Un texte dépasse { $max } caractères.
questionnaire-text-nul = Un texte contient un caractère NUL.
questionnaire-thanks = Merci : vos réponses sont enregistrées. Vous pouvez les modifier jusqu'à la fermeture du questionnaire.
questionnaire-thanks-anonymous = Merci : vos réponses sont enregistrées, sans votre nom.
questionnaire-fix-answers = Certaines réponses demandent votre attention : voyez les messages ci-dessous.
questionnaire-editing = Vous avez déjà répondu ; modifiez ce que vous souhaitez et enregistrez à nouveau.
questionnaire-send = Envoyer mes réponses
questionnaire-save-changes = Enregistrer mes modifications
question-add = Ajouter la question
question-edit = Modifier cette question
question-delete = Supprimer
question-move-up = Monter
question-move-down = Descendre
question-text = Question
question-kind = Type de réponse
question-kind-short = Texte court
question-kind-long = Texte long
question-kind-single = Un seul choix
question-kind-multiple = Plusieurs choix
question-kind-countries = Pays
question-kind-scale = Échelle de 1 à 5
question-kind-yes_no = Oui ou non
question-kind-unknown = Type de question inconnu : « { $value } ».
question-choices = Choix, un par ligne
question-choices-help = Uniquement pour « Un seul choix » et « Plusieurs choix ». Les traductions suivent le même ordre, une par ligne.
question-required = obligatoire
question-shared = réponses partagées avec les participant·e·s
question-shared-field = Toutes les personnes connectées peuvent lire les réponses (sinon, l'équipe d'organisation uniquement)
question-suggests-topics = suggère des sujets
question-suggests-topics-field = Regrouper les réponses en suggestions de sujets pour le forum ouvert
question-text-needed = Écrivez la question dans la première langue de la consultation ({ $lang }).
question-duplicate = Le questionnaire pose déjà la question « { $text } ».
question-choices-count = Indiquez de 2 à { $max } choix, un par ligne.
question-choice-needed = Chaque choix doit avoir son texte dans la première langue de la consultation ({ $lang }).
question-choice-twice = Le choix « { $choice } » figure deux fois.
question-suggests-needs-text = Seules les réponses en texte court ou long peuvent suggérer des sujets.
answer-required = Veuillez répondre à cette question.
answer-invalid = « { $value } » ne fait pas partie des réponses possibles.
answer-too-long = La réponse dépasse { $max } caractères.
answer-one-choice = Choisissez une seule réponse.
answer-yes = Oui
answer-no = Non
answer-countries-help = Maintenez la touche Ctrl (ou ⌘) enfoncée pour choisir plusieurs pays.
scale-1 = 1 – pas du tout
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – beaucoup

## Results
results-title = Résultats
results-responses = Réponses de { $count } personnes
results-answered = { $count } personnes ont répondu
results-fewer-than-3 = moins de 3
results-small-counts = Les décomptes inférieurs à 3 s'affichent « moins de 3 », afin qu'une réponse rare ne permette pas de reconnaître une personne.
results-csv = Télécharger les résultats (CSV)
results-csv-question = Question
results-csv-answer = Réponse
results-csv-count = Nombre
results-csv-organisation = Organisation
results-csv-language = Langue

## Topic suggestions
suggestions-title = Suggestions de sujets
suggestions-intro = Les réponses qui parlent du même sujet sont regroupées, quelle que soit leur langue. Renommez, fusionnez, scindez ou écartez les groupes, puis publiez-les sur le tableau du forum ouvert comme sujets suggérés, avec les organisations des personnes qui ont répondu signalées comme intéressées.
suggestions-no-question = Aucune question de ce questionnaire ne suggère de sujets. Cochez « Regrouper les réponses en suggestions de sujets » pour l'une d'elles dans le questionnaire.
suggestions-no-model-help = Le modèle de sujets n'est pas installé sur ce serveur : les réponses ne peuvent donc pas être regroupées. Faites pointer CONVENE_MODEL vers le fichier e5-small-q4.bin (voir le README).
suggestions-no-model = Le modèle de sujets n'est pas disponible : { $why }
suggestions-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
suggestions-waiting = { $count ->
    [one] { $count } encore en cours de lecture
   *[other] { $count } encore en cours de lecture
}
suggestions-group = Regrouper les réponses
suggestions-regroup = Regrouper à nouveau (les suggestions publiées restent)
suggestions-done = Terminé.
suggestion-on-board = sur le tableau
suggestion-organisations = Organisations intéressées : { $organisations }
suggestion-publish = Publier sur le tableau
suggestion-drop = Écarter
suggestion-curate = Renommer, fusionner ou scinder
suggestion-title = Titre
suggestion-rename = Renommer
suggestion-merge-into = Fusionner avec
suggestion-merge = Fusionner
suggestion-merge-choose = Choisissez la suggestion avec laquelle fusionner.
suggestion-split-answers = Réponses à déplacer vers une nouvelle suggestion
suggestion-new-title = Titre de la nouvelle suggestion
suggestion-split = Scinder
suggestion-title-needed = Une suggestion doit avoir un titre de { $max } caractères au plus.
suggestion-split-some = Choisissez une partie des réponses, mais pas toutes, pour les séparer.
suggestion-published-already = Cette suggestion est déjà sur le tableau.
suggestion-action-unknown = Action inconnue : « { $value } ».
suggestion-topic-interested = Suggéré par le questionnaire. Organisations intéressées : { $organisations }
questionnaire-translations = Traductions dans les autres langues
my-questionnaire-waiting = Le questionnaire « { $title } » attend vos réponses.

## Importing answers
import-answers-title = Importer des réponses depuis un autre outil de formulaire
import-answers-file = Fichier CSV des réponses
import-answers-check = Vérifier le fichier
import-answers-choose-file = Choisissez un fichier CSV de réponses.
import-answers-failed = Le fichier n'a pas été importé ; rien n'a été enregistré
import-answers-preview = Rien n'est encore enregistré : vérifiez comment le fichier est lu
import-answers-done = Les réponses sont importées
import-answers-apply = Importer ces réponses
import-answers-rows = { $count ->
    [one] { $count } ligne de réponses.
   *[other] { $count } lignes de réponses.
}
import-answers-matched = { $count ->
    [0] Aucune ligne ne désigne une personne participante.
    [one] { $count } ligne désigne une personne participante ; les réponses qu'elle avait déjà données sont remplacées.
   *[other] { $count } lignes désignent des personnes participantes ; les réponses qu'elles avaient déjà données sont remplacées.
}
import-answers-column = Colonne
import-answers-read-as = Lue comme
import-answers-column-email = adresse e-mail de la personne
import-answers-column-name = nom de la personne
import-answers-column-not-read = non lue
import-answers-unmatched = Ces lignes ne désignent personne dans l'annuaire ; leurs réponses sont conservées sans être rattachées à une personne :
import-answers-line = ligne { $line }
import-answers-format = Une ligne d'en-tête avec les textes des questions, dans n'importe laquelle des langues du questionnaire, puis une ligne par personne, tels que les exportent Google Forms, KoboToolbox ou LimeSurvey. Une colonne « email » (adresse e-mail) ou « name » (nom) permet de reconnaître les personnes de l'annuaire. Plusieurs choix dans une même cellule sont séparés par des virgules ou des points-virgules. Séparateur virgule ou point-virgule, encodage UTF-8 avec ou sans BOM ; rien n'est enregistré si une ligne est erronée.
import-answers-no-question-column = Aucune colonne ne correspond à une question de ce questionnaire. Les colonnes sont : { $found }
import-answers-person-twice = { $who } a déjà répondu à la ligne { $line }.
import-answers-empty = Le fichier ne contient aucune ligne de réponses.
