# Traducción al español (América Latina). El inglés es la lengua de respaldo y la referencia de cada clave.

site-name = convene
skip-to-content = Ir al contenido
nav-now = Ahora y a continuación
nav-program = Programa
nav-main = Principal
language-switch = Idioma de las páginas
language-group-consultation = Idiomas de esta consulta
language-group-all = Todos los idiomas
filter-language = Idioma de los textos
filter-all-languages = Todos los idiomas
demo-banner = Datos de demostración: esta consulta se basa en una agenda real, con fechas inventadas.
footer-time-zone = Los horarios están en la hora de { $zone }.

now-title = Ahora y a continuación
now-running = En curso
now-next = A continuación
now-nothing-running = No hay ninguna actividad en curso en este momento.
now-before = La consulta comienza el { $date }.
now-after = La consulta ha terminado. Gracias por su participación.
now-see-program = Ver el programa completo

program-title = Programa
program-days = Días
program-day-empty = No hay nada programado para este día.
program-day-label = Día { $number }

session-kind-plenary = Plenaria
session-kind-facilitated-discussion = Debate facilitado
session-kind-open-space = Espacio abierto
session-kind-break = Pausa
session-kind-other = Sesión

session-when = Cuándo
session-where = Dónde
session-languages = Idiomas
session-interpretation = Idiomas de interpretación
session-facilitators = Personas facilitadoras
session-speakers = Ponentes
session-panelists = Panelistas
session-about = Sobre esta sesión
session-topics = Temas para el espacio abierto
session-topics-intro = Según las respuestas al cuestionario, estos temas pueden ser de interés; en el encuentro se propondrán más.
session-topic-suggested = Sugerido
session-topic-proposed = Propuesto por { $organisation }
session-topic-interested = Con interés: { $organisations }
session-back = Volver al programa
session-now = En curso
session-more-people = { $count ->
    [one] y una persona más
   *[other] y { $count } personas más
}

empty-title = Todavía no hay ninguna consulta
empty-body = Este servidor todavía no tiene ninguna consulta. Una persona del equipo organizador puede cargar la demostración con “convene demo” o iniciar el servidor con “convene serve --demo”.

error-not-found-title = Página no encontrada
error-not-found-body = No hay nada en esta dirección. Es posible que se haya eliminado o que el enlace esté incompleto.
error-internal-title = Algo salió mal
error-internal-body = El servidor no pudo responder a esta solicitud. Vuelva a intentarlo en un momento.
error-cannot-save-title = El servidor no puede guardar en este momento
error-home = Ir a la página de inicio


nav-directory = Directorio

directory-title = Directorio
directory-people = Personas
directory-organisations = Organizaciones
directory-corridors = Corredores
directory-tabs = Secciones del directorio
directory-search = Buscar por nombre
directory-country = País
directory-sector = Sector
directory-language = Idioma
directory-corridor = Corredor
directory-any = Cualquiera
directory-apply = Filtrar
directory-clear = Quitar filtros
directory-count-people = { $count ->
    [one] Una persona
   *[other] { $count } personas
}
directory-count-organisations = { $count ->
    [one] Una organización
   *[other] { $count } organizaciones
}
directory-none = Ninguna persona coincide con estos filtros.
directory-none-organisations = Ninguna organización coincide con estos filtros.
directory-visibility-organisers = Solo el equipo organizador
directory-visibility-hidden = Oculto
directory-visibility-listed = Visible en el directorio
directory-role-organiser = Organizador/a
directory-role-facilitator = Facilitador/a
directory-role-participant = Participante

organisation-website = Sitio web
organisation-sectors = Sectores
organisation-services = Servicios
organisation-languages = Idiomas
organisation-corridors = Corredores migratorios
organisation-people = Personas
organisation-sessions = Interviene en
organisation-no-people = No figura ninguna persona de esta organización.

corridors-intro = Un corredor migratorio une un país de origen y un país de destino. Las organizaciones que trabajan en ambos extremos del mismo corredor pueden derivarse personas entre sí.
corridors-present = Corredores presentes entre las personas participantes
corridors-count = { $count ->
    [one] una organización
   *[other] { $count } organizaciones
}
corridors-origin = Desde (origen)
corridors-destination = Hacia (destino)
corridors-show = Mostrar
corridors-origin-end = En el extremo de origen, en { $country }
corridors-destination-end = En el extremo de destino, en { $country }
corridors-elsewhere = También trabajan en este corredor
corridors-nobody = Todavía no hay ninguna organización aquí.
corridors-none = Ninguna organización participante trabaja en este corredor.

error-bad-request-title = No se puede responder a esta solicitud

import-title = Importar personas participantes
import-link = Importar personas participantes desde una hoja de cálculo
import-file = Lista de participantes (archivo CSV)
import-submit = Importar
import-failed = No se importó nada. Corrija estas filas y vuelva a intentarlo:
import-too-large = El archivo es demasiado grande: se pueden importar como máximo { $megabytes } MB.
import-no-file = Elija un archivo CSV para importar.
import-done-new = { $count ->
    [one] Una persona nueva,
   *[other] { $count } personas nuevas,
}
import-done-updated = { $count ->
    [one] una actualizada,
   *[other] { $count } actualizadas,
}
import-done-organisations = { $count ->
    [one] una organización creada.
   *[other] { $count } organizaciones creadas.
}
import-ignored = Columnas no leídas:
import-see = Ver las personas
import-format = El archivo
import-format-body = Una hoja de cálculo guardada como CSV (UTF-8), separada por comas o por punto y coma. La primera fila indica los nombres de las columnas, en cualquier orden; solo “name” es obligatoria. Se importa todo el archivo o nada. Si vuelve a importar el mismo archivo, se actualizan los datos de las personas en lugar de agregarlas dos veces.
import-col-name = el nombre que se mostrará; puede ser un seudónimo
import-col-organisation = se busca por nombre o sigla; si no existe, se crea
import-col-country = un código ISO 3166 (AR) o el nombre en inglés (Argentina)
import-col-role = organiser (organizador/a), facilitator (facilitador/a) o participant (participante; valor predeterminado)
import-col-languages = códigos ISO 639-1 separados por espacios o por |, por ejemplo “es|en”
import-col-email = opcional; sirve para reconocer a la persona en una importación posterior
import-col-visibility = listed (visible para participantes), organisers (solo para el equipo organizador; valor predeterminado) o hidden (oculto)

export-title = Descargas
export-ical = Suscribirse en su calendario (iCal)
export-frab-xml = Programa para aplicaciones de conferencias (frab XML)
export-frab-json = Programa en formato frab JSON
export-session-ical = Agregar a mi calendario
export-people-csv = Personas en hoja de cálculo (CSV)
export-organisations-csv = Organizaciones en hoja de cálculo (CSV)
export-hsds = Organizaciones para herramientas de derivación (Open Referral HSDS, zip)

nav-account = Cuenta
signin-title = Iniciar sesión
signin-intro = Esta consulta es privada. Las personas participantes inician sesión con el enlace personal o el código QR que recibieron del equipo organizador, por ejemplo en su credencial.
signin-how = Abra su enlace en este dispositivo o escanee con la cámara del teléfono el código QR de su credencial.
signin-confirm = Va a iniciar sesión como { $name }.
signin-button = Iniciar sesión
signin-invalid-title = Este enlace de inicio de sesión no se puede usar
signin-invalid-body = Puede que ya se haya usado, que se haya reemplazado por uno más reciente o que haya vencido. Pida un enlace nuevo al equipo organizador.
account-title = Su cuenta
account-signed-in-as = Sesión iniciada como { $name }.
account-signout = Cerrar sesión
account-signout-everywhere = Cerrar sesión en todos los dispositivos
account-audit = Registro de auditoría de las acciones del equipo organizador
audit-title = Registro de auditoría
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-detail = Detalle
audit-empty = Todavía no se ha registrado ninguna acción del equipo organizador.
error-forbidden-title = No tiene acceso a esta página

invitations-title = Invitaciones
invitations-intro = Cada persona inicia sesión con un enlace personal, impreso en su credencial como código QR. Cada enlace funciona una sola vez; al crear uno nuevo, el anterior queda anulado. Los enlaces solo se muestran en el momento en que se crean, así que imprima las credenciales en ese momento.
invitations-all = Crear credenciales para todas las personas que aún no tienen invitación
invitations-person = Persona
invitations-status = Estado
invitations-actions = Acciones
invitations-new-link = Nuevo enlace
invitations-revoke = Revocar el acceso
invitations-signed-in = Ya inició sesión
invitations-invited = Invitada, enlace aún sin usar
invitations-none = Sin invitación
badges-title = Credenciales
badges-intro = Imprima esta página ahora (varias credenciales por hoja A4): los enlaces no se pueden volver a mostrar. Cada código QR permite que su titular inicie sesión una sola vez.
badges-qr = Código QR del enlace personal de inicio de sesión
account-invitations = Invitaciones y credenciales
account-saved = Guardado.
account-name = Su nombre tal como lo ven las demás personas (puede ser un seudónimo)
account-visibility = Quién puede verle en el directorio
account-visibility-listed = Todas las personas participantes
account-visibility-organisers = Solo el equipo organizador
account-visibility-hidden = Nadie (no aparece en ninguna lista)
account-languages = Idiomas que habla
account-languages-add = Añadir un idioma
account-languages-hint = Desmarque un idioma para quitarlo.
account-save = Guardar mis datos
account-program-save = Guardar la configuración del programa
account-my-data = Descargar todos los datos que se guardan sobre usted (JSON)
erase-confirm = confirmo
erase-button = Borrar
erase-unconfirmed = Marque “confirmo” para confirmar el borrado.
erase-self = No puede borrar su propia cuenta mientras tiene la sesión iniciada; pídaselo a otra persona del equipo organizador.
quick-exit = Salida rápida
account-program-visibility = El programa
account-program-public = Cualquier persona que tenga la dirección puede leer el programa (sesiones, horarios y ponentes que figuran en el directorio). Para ver el directorio siempre hay que iniciar sesión.
error-conflict-title = Esto no se puede hacer en este momento
signin-confirm-screen = Este dispositivo pasará a ser la pantalla “{ $name }”: muestra el programa y los tableros, sin datos personales.
signin-organiser = Equipo organizador: iniciar sesión con contraseña
signin-name = Su nombre
signin-password = Contraseña
signin-password-refused = Ese nombre y esa contraseña no corresponden a ninguna persona del equipo organizador. Quienes no tienen contraseña inician sesión con un enlace que les da otra persona del equipo organizador o que se genera con “convene admin add”.
account-consents = Dónde puede aparecer su nombre
account-consent-screen = En la pantalla del proyector de la sala (por ejemplo, cuando se anota en una mesa o pide la palabra)
account-consent-report = En el informe de la consulta (si no lo autoriza, sus aportes se conservan sin su nombre)
account-password = Su contraseña
account-password-set = Puede iniciar sesión con su nombre y su contraseña en la página de inicio de sesión. Si establece una nueva, reemplaza a la anterior.
account-password-none = Establezca una contraseña para iniciar sesión desde la página de inicio de sesión sin necesidad de un enlace.
account-password-new = Nueva contraseña (al menos 12 caracteres)
account-password-confirm = Repita la contraseña
account-password-save = Guardar la contraseña
account-password-saved = Su contraseña se guardó.
account-organising = Organización de la consulta
access-title = Equipo organizador, pantallas y conservación de datos
access-organisers = Equipo organizador
access-organisers-intro = Cualquier persona del equipo organizador puede quitar a otra. Una consulta siempre conserva al menos una persona organizadora.
access-password = Contraseña
access-password-yes = establecida
access-password-no = sin establecer (inicia sesión con un enlace)
access-you = (usted)
access-remove = Quitar
access-remove-confirm = Quitar a esta persona del equipo organizador y borrar sus datos personales
access-last-organiser = no se puede quitar a la última persona organizadora
access-add-organiser = Para agregar a una persona al equipo organizador, ejecute “convene admin add NOMBRE” en el servidor: se mostrará un enlace de inicio de sesión de un solo uso.
access-screens = Pantallas
access-screens-intro = Una pantalla es un acceso de solo lectura para el proyector: muestra el programa y los tableros, y nunca datos personales. Abra el siguiente enlace en la computadora del proyector; funciona una sola vez, dentro de las 24 horas.
access-screen-label = Nombre de la pantalla
access-screen-default = Proyector de la plenaria
access-screen-create = Crear un enlace de pantalla
access-screen-link = Abra este enlace en la computadora del proyector o escanee el código:
access-screens-signout = Cerrar la sesión de todas las pantallas
access-retention = Conservación de datos
access-retention-intro = Una vez pasada esta fecha, convene borra automáticamente los datos personales de todas las personas participantes, facilitadoras y ponentes. Las sesiones, los temas y las notas se conservan, sin nombres. Deje el campo vacío para conservar los datos hasta que usted los borre.
access-retention-date = Borrar los datos personales el
access-retention-save = Guardar la fecha de borrado
access-retention-done = Los datos personales se borraron el { $date }.
access-done-removed = Se quitó a la persona del equipo organizador.
access-done-screens = Se cerró la sesión de todas las pantallas.
access-done-retention = Se guardó la fecha de borrado.
nav-open-space = Espacio abierto
os-title = Espacio abierto
os-intro = Cualquier persona puede convocar una sesión: proponga un tema y ubíquelo en una mesa libre. Luego anote su nombre en la mesa que prefiera; una mesa por ronda.
os-screen-link = Vista para el proyector
os-signups-csv = Todas las inscripciones (CSV)
os-propose = Proponer un tema
os-topic-title = Título
os-topic-description = De qué se trata (opcional)
os-topic-language = Idioma
os-propose-button = Proponer y convocar
os-no-setup = El equipo organizador todavía no ha configurado las rondas ni las mesas. Ya puede proponer temas y marcar los que le interesan.
os-round-started = iniciada
os-round-ended = terminada
os-capacity = { $count ->
    [one] 1 lugar
   *[other] { $count } lugares
}
os-free-tables = Libres: { $tables }
os-unplaced = Temas aún sin mesa
os-unplaced-intro = Marque los temas que le interesan: los conteos ayudan a quienes convocan y al equipo organizador a elegir las mesas.
os-unplaced-none = Todos los temas tienen mesa.
os-notices-dismiss = Entendido
os-convened-by = Convoca: { $name }
os-convened-by-participant = Convoca: una persona participante
os-no-convener = Se busca quien convoque
os-a-participant = una persona participante
os-seats = lugares ocupados
os-waiting = { $count ->
    [one] 1 en espera
   *[other] { $count } en espera
}
os-marks = { $count ->
    [one] 1 persona interesada
   *[other] { $count } personas interesadas
}
os-you-are-here = Su mesa
os-leave = Salir de esta mesa
os-join = Anotar mi nombre
os-mark = Me interesa
os-marked = Me interesa ✓ (deshacer)
os-adopt = Convocar este tema
os-move-to = Mover a
os-place-in = Ubicar en
os-move = Mover
os-place = Ubicar
os-move-title = ¿Mover un tema en el que hay personas anotadas?
os-move-warning = Hay personas anotadas en “{ $title }”.
os-move-people = { $count ->
    [one] Se avisará del cambio a 1 persona.
   *[other] Se avisará del cambio a { $count } personas.
}
os-move-confirm = Moverlo y avisarles
os-move-cancel = Dejarlo donde está
os-full-title = Esta mesa está completa
os-full-body = Todos los lugares de “{ $title }” están ocupados. Puede esperar a que se libere un lugar (si se libera, se le asigna y se le avisa) o elegir una mesa de la misma ronda que tenga lugar.
os-wait = Esperar un lugar
os-waiting-already = Está en espera de un lugar en esta mesa.
os-stop-waiting = Dejar de esperar
os-full-room = Mesas de esta ronda con lugar
os-full-none = Todas las mesas de esta ronda están completas.
os-seats-left = { $count ->
    [one] Queda 1 lugar
   *[other] Quedan { $count } lugares
}
os-back = Volver al espacio abierto
os-topic = Tema del espacio abierto
os-where = Dónde y cuándo
os-not-placed = Aún sin mesa
os-convener = Convoca
os-proposed-by = Propuesto por
os-interested-orgs = Organizaciones interesadas
os-interest = Interés
os-names = Nombres en esta mesa
os-names-none = Todavía nadie.
os-names-unlisted = { $count ->
    [one] y 1 persona que no figura en el directorio
   *[other] y { $count } personas que no figuran en el directorio
}
os-notes = Notas
os-notes-none = Todavía no hay notas.
os-notes-key-points = Puntos clave
os-notes-proposals = Propuestas
os-notes-next-steps = Próximos pasos
os-notes-continuing = Quiénes quieren continuar
os-notes-write = Escribir las notas
os-notes-language = Idioma de las notas
os-notes-save = Guardar las notas
os-note-taker = Agregar a una persona de la mesa para tomar notas
os-note-taker-add = Agregar para tomar notas
os-edit = Editar, mover o retirar este tema
os-edit-save = Guardar el tema
os-unplace = Quitarlo del tablero
os-withdraw = Retirar
os-withdraw-confirm = Retirar este tema; se avisará a las personas anotadas
os-screen-join = Súmese desde su teléfono:
os-setup-title = Configurar el espacio abierto
os-setup-intro = Las rondas son franjas horarias dentro de las sesiones de espacio abierto del programa; los espacios son las mesas o salas, cada una con su número de lugares. Juntos forman las celdas del tablero.
os-rounds = Rondas
os-rounds-none = Todavía no hay rondas.
os-round-label = Nombre de la ronda
os-round-session = Sesión de espacio abierto
os-round-date = Día
os-round-start = Comienza
os-round-end = Termina
os-round-add = Agregar la ronda
os-spaces = Mesas y salas
os-spaces-none = Todavía no hay mesas.
os-space-name = Nombre
os-space-capacity = Lugares
os-space-languages = Idiomas con interpretación (opcional, por ejemplo “en es”)
os-space-add = Agregar la mesa
os-space-edit = Cambiar el nombre, los lugares o la interpretación
os-space-save = Guardar la mesa
os-delete = Eliminar
os-delete-confirm = Eliminarla; los temas ubicados allí vuelven a la lista
access-api = Tokens de la API
access-api-intro = Un token permite que otro programa use la API JSON (/api/v1, descrita en /api/v1/openapi.json) en su nombre: envíelo como “Authorization: Bearer TOKEN”. Revóquelo cuando el programa ya no lo necesite.
access-api-once = Copie este token ahora; no se volverá a mostrar:
access-api-label = Para qué es el token
access-api-create = Emitir un token
access-api-revoke = Revocar
access-done-token = Se revocó el token.
os-print = Imprimir el tablero (A3)
os-sheets = Imprimir hojas de inscripción (A4, una por mesa)
os-print-hint = Imprima esta página desde el navegador; se ajusta sola al tamaño del papel.
os-sheets-none = Todavía ningún tema tiene mesa.
os-sheet-intro = Anote su nombre en esta mesa. Una mesa por ronda.
os-sheet-taken = (ocupado: una persona que no figura en el directorio)
os-suggest-title = Sugerir una distribución
os-suggest-link = Sugerir una distribución
os-suggest-intro = convene propone dónde ubicar los temas de las rondas que aún no han comenzado, de modo que la menor cantidad posible de personas tenga que elegir entre dos temas que marcó, los temas más populares tengan mesas grandes y haya pocos cambios. No cambia nada hasta que usted la aplique; después puede ajustar el tablero.
os-suggest-none = No es posible ninguna distribución:
os-suggest-missed = Personas que deben elegir entre dos temas marcados (intereses no atendidos)
os-suggest-overflow = Personas que superan la capacidad de una mesa
os-suggest-moves = Temas movidos de su celda actual
os-suggest-score = Puntuación (cuanto más baja, mejor)
os-suggest-bound = (ninguna distribución puede obtener menos de { $bound })
os-suggest-now = ahora:
os-suggest-took = Calculado en { $ms } ms.
os-suggest-current = Ahora
os-suggest-proposed = Propuesta
os-suggest-apply = Aplicar esta distribución
os-suggest-discard = Descartar

## Intervenciones desde la sala: preguntas y lista de intervenciones
floor-title = Intervenciones desde la sala
floor-link = Preguntas y lista de intervenciones
floor-back = Volver a la sesión
floor-screen-link = Vista para el proyector
floor-queue = Lista de intervenciones
floor-speaking-now = Tiene la palabra
floor-you = Usted
floor-since = desde las { $time }
floor-time-left = Tiempo restante
floor-nobody-speaking = Nadie tiene la palabra.
floor-call-next = Dar la palabra a la siguiente persona
floor-end-turn = Terminar este turno
floor-rule = Orden: { $rule }
floor-order-arrival = en el orden en que se pidió la palabra
floor-order-first-time-first = primero quienes todavía no han hablado
floor-order-balance-countries = la siguiente persona es del país que menos se ha escuchado hasta ahora
floor-order-balance-languages = la siguiente persona habla el idioma que menos se ha escuchado hasta ahora
floor-queue-empty = Nadie está esperando para hablar.
floor-point-of-order = Cuestión de orden
floor-priority = Prioridad
floor-call = Dar la palabra
floor-give-priority = Dar prioridad
floor-no-priority = Quitar prioridad
floor-remove = Quitar
floor-your-place = { $count ->
    [one] Usted es la próxima persona en la lista.
   *[other] Usted ocupa el lugar { $count } en la lista.
}
floor-withdraw = Retirarse de la lista
floor-ask-to-speak = Pedir la palabra
floor-speak-language = Idioma en el que hablará
floor-note = Nota para quien facilita (opcional)
floor-note-example = p. ej., reacción breve
floor-queue-who-sees = Las personas facilitadoras ven su nombre y su nota. Las demás personas participantes ven su nombre solo si usted figura en el directorio, y nunca ven su nota.
floor-point-of-order-ask = Es una cuestión de orden (sobre el procedimiento; tiene prioridad)
floor-ask-to-speak-button = Pedir la palabra
floor-first-time = Primera vez
floor-spoke = { $count ->
    [one] Intervino una vez
   *[other] Intervino { $count } veces
}
floor-a-participant = Una persona participante
floor-anonymous = Anónimo
floor-questions = Preguntas
floor-ask = Hacer una pregunta
floor-question = Su pregunta
floor-question-language = Idioma
floor-anonymous-ask = Preguntar sin mi nombre (solo el equipo organizador puede ver quién preguntó, para evitar abusos, y cada vez que lo hace queda registrado)
floor-named-only = Su nombre se muestra junto a su pregunta a las personas que iniciaron sesión.
floor-moderated-note = Una persona facilitadora aprueba las preguntas antes de que la sala las vea.
floor-ask-button = Enviar la pregunta
floor-sort-votes = Más votadas
floor-sort-new = Más recientes
floor-no-questions = Todavía no hay preguntas.
floor-moderation = Pendientes de aprobación u ocultas
floor-answered = Respondidas
floor-votes = { $count ->
    [one] voto
   *[other] votos
}
floor-yours = su pregunta
floor-pending = Pendiente de aprobación
floor-hidden = Oculta
floor-answered-badge = Respondida
floor-vote = Votar por esta pregunta
floor-voted = Ya votó · retirar el voto
floor-approve = Aprobar
floor-hide = Ocultar
floor-mark-answered = Marcar como respondida
floor-mark-unanswered = Marcar como no respondida
floor-merge-into = Duplicado de
floor-merge = Fusionar
floor-trace = ¿Quién preguntó?
floor-trace-title = Quién hizo esta pregunta
floor-trace-result = La hizo { $name }. Esta búsqueda queda anotada en el registro de auditoría.
floor-trace-erased = Los datos de la persona que preguntó se borraron.
floor-summary = Resumen del debate
floor-summary-none = Todavía no hay resumen.
floor-summary-write = Escribir el resumen
floor-summary-save = Guardar el resumen
floor-settings = Configuración de las intervenciones desde la sala
floor-setting-moderated = Aprobar las preguntas antes de que la sala las vea
floor-setting-anonymous = Permitir preguntas anónimas
floor-setting-order = Orden de la lista
floor-setting-limit = Tiempo de intervención en segundos (vacío: sin límite)
floor-settings-save = Guardar la configuración
floor-screen-join = Haga una pregunta o pida la palabra:
floor-next = A continuación
floor-more-waiting = { $count ->
    [one] y 1 persona más en espera
   *[other] y { $count } personas más en espera
}
floor-waiting-total = { $count ->
    [0] Nadie espera para hablar
    [one] Una persona espera para hablar
   *[other] { $count } personas esperan para hablar
}
floor-top-questions = Preguntas más votadas
session-floor = Preguntas y lista de intervenciones
session-summary = Resumen
session-questions-open = Preguntas abiertas
session-questions-answered = Preguntas respondidas

## Edición del programa
edit-title = Editar el programa
edit-new-session = Nueva sesión
edit-session-title = Editar la sesión
edit-see-program = Ver el programa como lo ven las personas participantes
edit-see-session = Ver la página de la sesión
edit-back = Volver al editor del programa
edit-warnings = Revise lo siguiente
edit-warnings-intro = No se bloquea nada: usted decide si cada caso es correcto.
edit-warning-room = En { $room } coinciden “{ $first }” y “{ $second }” a la misma hora.
edit-warning-person = { $person } está en “{ $first }” y en “{ $second }” a la misma hora.
edit-warning-dates = “{ $session }” está fuera de las fechas de la consulta.
edit-has-warning = Revisar
edit-sessions = Sesiones
edit-no-sessions = Todavía no hay sesiones.
edit-time = Hora
edit-session = Sesión
edit-room = Sala
edit-rooms = Salas
edit-room-name = Nombre de la sala
edit-rename = Cambiar el nombre
edit-delete-room = Eliminar
edit-new-room = Nueva sala
edit-add-room = Agregar la sala
edit-details = La consulta
edit-c-title = Título
edit-c-venue = Sede
edit-c-tz = Zona horaria (por ejemplo, Asia/Bangkok)
edit-c-start = Primer día
edit-c-end = Último día
edit-c-languages = Idiomas (etiquetas como en es fr)
edit-save = Guardar
edit-saved = Guardado. Las páginas abiertas muestran el cambio.
edit-public = El programa es público: cualquier persona que tenga la dirección puede leerlo.
edit-private = El programa es privado: solo pueden leerlo las personas que iniciaron sesión.
edit-make-private = Hacerlo privado
edit-make-public = Hacerlo público
edit-is-cancelled = Esta sesión está cancelada. Sigue en el programa, marcada como tal, para que las personas se enteren.
edit-s-title = Título
edit-s-kind = Tipo
edit-s-date = Fecha
edit-s-start = Comienza
edit-s-end = Termina
edit-s-room = Sala
edit-no-room = Sin sala
edit-s-languages = Idiomas hablados
edit-s-interpretation = Idiomas de interpretación
edit-tags-help = Etiquetas de idioma separadas por espacios, por ejemplo: en es fr
edit-s-text-language = Idioma del título y la descripción
edit-s-description = Descripción
edit-s-facilitators = Personas facilitadoras
edit-s-speakers = Ponentes o panelistas
edit-multi-help = Mantenga presionada la tecla Ctrl (o haga una pulsación larga en el teléfono) para elegir varias personas.
edit-add-person = Alguien que todavía no figura en el directorio
edit-p-name = Nombre
edit-p-organisation = Organización
edit-p-country = País
edit-p-role = Rol en esta sesión
edit-p-speaker = Ponente
edit-p-facilitator = Facilitador/a
edit-add-person-button = Agregar a esta sesión
edit-more = Más
edit-duplicate = Duplicar esta sesión
edit-cancel = Cancelar esta sesión
edit-restore = Restablecer la sesión
session-cancelled = Cancelada
session-changed = Modificada
session-changes = Cambios recientes
session-change-room = Sala: { $change }
session-change-time = Horario: { $change }
session-change-title = Título: { $change }
session-change-cancelled = Cancelada
session-change-restored = De nuevo en el programa
import-program-title = Importar un programa
import-program-failed = No se importó nada: corrija estos puntos en el archivo y vuelva a intentarlo.
import-program-preview = Vista previa: todavía no se guardó nada
import-program-done = Importado
import-program-format = Leído como { $format }.
import-program-created = { $count ->
    [one] 1 sesión nueva
   *[other] { $count } sesiones nuevas
}
import-program-updated = { $count ->
    [one] 1 sesión actualizada
   *[other] { $count } sesiones actualizadas
}
import-program-unchanged = { $count ->
    [one] 1 sesión sin cambios
   *[other] { $count } sesiones sin cambios
}
import-program-rooms = Salas nuevas:
import-program-people = Personas nuevas:
import-program-apply = Importar
import-program-file = Archivo del programa (frab XML o JSON, o CSV)
import-program-check = Revisar el archivo
import-program-formats = convene lee el programa que exportan pretalx, frab y otras herramientas para conferencias (frab XML o JSON: salas, días y actividades con sus personas, idioma y resumen), además de archivos CSV.
import-program-csv = El CSV tiene una fila de encabezado con estas columnas, en cualquier orden: fechas en formato AAAA-MM-DD, horas en formato HH:MM en la zona horaria de la consulta, nombres separados por “;” y etiquetas de idioma separadas por espacios. Una columna id y una columna description (descripción) son opcionales.
import-program-rerun = Si vuelve a importar el mismo archivo, se actualizan sus sesiones en lugar de agregarlas dos veces.
session-is-cancelled = Esta sesión está cancelada.

## El informe de la consulta
report-title = Informe
report-link = El informe de la consulta: lo que se dijo, se propuso y se decidió
report-draft = Borrador: solo el equipo organizador puede leer este informe hasta que se publique.
report-published = Publicado: las personas participantes pueden leer este informe.
report-introduction = Introducción
report-conclusions = Conclusiones
report-numbers = En cifras
report-people = Personas inscritas
report-organisations = Organizaciones representadas
report-countries = Países representados
report-sessions = Sesiones incluidas en el informe
report-topics = Mesas del espacio abierto
report-questions-asked = Preguntas desde la sala
report-questions-answered = Preguntas respondidas
report-fewer-than-3 = menos de 3
report-a-participant = una persona participante
report-not-named = { $count ->
    [one] una persona sin nombrar
   *[other] { $count } personas sin nombrar
}
report-facilitators = Personas facilitadoras
report-speakers = Ponentes
report-summary = Resumen
report-no-summary = No se escribió ningún resumen.
report-questions-answered-list = Preguntas respondidas
report-questions-open = Preguntas que quedaron abiertas
report-votes = { $count ->
    [one] un voto
   *[other] { $count } votos
}
report-took-part = Personas que intervinieron desde la sala: { $count }
report-at-table = Personas en la mesa: { $count }
report-convened-by = Convoca: { $name }
report-table = { $name }
report-no-notes = No se escribieron notas en esta mesa.
report-round = Espacio abierto: { $label }
report-actions = Propuestas y próximos pasos
report-actions-intro = Todas las propuestas y los próximos pasos anotados en las mesas, con la mesa de la que provienen.
report-proposal = Propuesta
report-next-step = Próximo paso
report-empty = Todavía no se ha recogido nada: ninguna sesión tiene resumen ni preguntas, y ninguna mesa tiene notas. El informe se va completando a medida que las personas facilitadoras y quienes convocan escriben.
report-contents = Contenido
report-downloads = Descargar
report-download-md = Markdown
report-download-docx = Documento de Word
report-download-html = Página web (un solo archivo)
report-file-language = Idioma de los títulos
report-print = Imprima o guarde como PDF desde el menú de impresión del navegador.
report-edit = Editar el informe
report-edit-intro = La introducción y las conclusiones las escribe usted; lo que el informe dice sobre las sesiones y las mesas proviene de sus resúmenes y notas, tal como se escribieron.
report-publish = Publicado: las personas participantes pueden leerlo (y también visitantes sin sesión iniciada, si el programa es público)
report-save = Guardar el informe
report-leave-out = Excluir del informe
report-left-out = Excluido
report-saved = El informe se guardó.
report-language = Idioma del texto
report-generated = Creado con convene el { $date }.

# The language's name as its speakers write it, in the language switcher.
language-own-name = Español

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = Se liberó un lugar en “{ $title }”: ya tiene su lugar.
notice-seat-freed-moved = Se liberó un lugar en “{ $title }”: ya tiene su lugar, y su nombre salió de la otra mesa de esa ronda.
notice-topic-withdrawn = Quien convocaba “{ $title }” lo retiró; su nombre se quitó de esa mesa.
notice-topic-moved = “{ $title }” pasó a { $space }; su inscripción se mantiene.
notice-topic-moved-round = “{ $title }” pasó a { $space } en { $round }; su nombre se quitó de la mesa: vuelva a inscribirse si puede asistir.
notice-topic-off-board = “{ $title }” se quitó del tablero; su nombre se quitó de esa mesa.
notice-topic-other-round = “{ $title }” pasó a otra ronda; su nombre se quitó de la mesa: vuelva a inscribirse si puede asistir.

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = Solo quien convoca el tema o el equipo organizador puede hacer esto.
error-topic-convened = Otra persona ya convoca este tema.
error-no-such-round = Esa ronda no existe.
error-no-such-space = Ese espacio no existe.
error-round-started = { $round } ya comenzó: ahora solo el equipo organizador puede modificarla.
error-topic-round-started = La ronda de este tema ya comenzó: ahora solo el equipo organizador puede moverlo.
error-cell-taken = Otro tema acaba de ocupar esa celda; elija otra que esté libre.
error-convener-busy = Quien convoca ya tiene una mesa en esa ronda; cada persona convoca una sola mesa por ronda.
error-topic-stale = Este tema cambió desde que se cargó su página; vuelva a mirar el tablero e inténtelo de nuevo.
error-proposal-unreadable = No se puede leer la propuesta; vuelva a sugerir una distribución.
error-round-started-meanwhile = { $round } comenzó mientras tanto; vuelva a sugerir una distribución.
error-board-changed = El tablero cambió mientras tanto (se ocupó una celda); vuelva a sugerir una distribución.
error-topic-not-on-board = Este tema no está en el tablero (se retiró o todavía no tiene mesa).
error-not-a-note-taker = Solo quien convoca, las personas que designe para tomar notas y el equipo organizador pueden escribir las notas.
error-note-taker-not-seated = Para tomar notas se elige a alguien entre las personas anotadas en la mesa.
error-too-few-seats = Hay { $seated } personas anotadas en una mesa ubicada en ese espacio: se necesitan al menos { $seated } lugares. Primero mueva el tema a un espacio más grande o pida a las personas que se cambien de mesa.
error-not-a-moderator = Solo las personas facilitadoras de la sesión y el equipo organizador pueden hacer esto.
error-no-anonymous-questions = Esta sesión no admite preguntas anónimas; pregunte con su nombre.
error-voted-already = Ya votó por esta pregunta: cada persona vota una sola vez.
error-question-not-open = Esta pregunta no está abierta a votación (está pendiente de aprobación o se ocultó).
error-question-merged = Esta pregunta se fusionó con otra; haga la acción en esa otra pregunta.
error-merge-refused = Solo se puede fusionar una pregunta con otra pregunta abierta de la misma sesión.
error-trace-organisers = Solo el equipo organizador puede ver quién escribió una pregunta.
error-queued-already = Ya está en la lista de intervenciones de esta sesión.
error-not-queued = No está esperando para hablar en esta sesión.
error-queue-empty = Nadie está esperando para hablar.
error-no-longer-waiting = Esa persona ya no está esperando para hablar.
error-nobody-speaking = Nadie tiene la palabra.
error-summary-too-long = El resumen es demasiado largo ({ $len } caracteres; el máximo es { $max }).
error-speaking-time = El tiempo de intervención “{ $text }” no es un número de segundos.

## Validación de formularios: qué está mal en un dato ingresado y los campos que se mencionan.
error-empty = “{ $field }” no puede quedar en blanco.
error-too-long = “{ $field }” tiene demasiados caracteres: { $length }; el máximo es { $max }.
error-unknown-time-zone = No se reconoce la zona horaria “{ $value }”: use un nombre como Asia/Bangkok.
error-unknown-country = No se reconoce el país “{ $value }”: use un código como AR o el nombre del país.
error-invalid-language = “{ $value }” no es un idioma: use un código como en o id.
error-invalid = “{ $field }”: “{ $value }” no es un valor válido; se esperaba { $expected }.
error-unknown-session-kind = Tipo de sesión desconocido: “{ $value }”.
error-ends-before-start = La sesión “{ $title }” termina antes de comenzar (comienzo: { $starts }; fin: { $ends }).
error-dates-reversed = La fecha de fin de la consulta ({ $end }) es anterior a la fecha de comienzo ({ $start }).
error-dangling = “{ $field }”: “{ $value }” no existe.
field-cancelled = Cancelada
field-capacity = Lugares
field-convener = Quien convoca
field-corridor = Corredor
field-email = Correo electrónico
field-languages = Idiomas
field-name = Nombre
field-note = Nota
field-organisation = Organización
field-organisation-name = Nombre de la organización
field-people = Personas
field-person = Persona
field-question = Pregunta
field-queue-order = Orden de la lista de intervenciones
field-retention-date = Fecha de borrado
field-role = Rol
field-room = Sala
field-room-name = Nombre de la sala
field-round-end = Fin de la ronda
field-round-name = Nombre de la ronda
field-screen-name = Nombre de la pantalla
field-session = Sesión
field-session-description = Descripción de la sesión
field-session-title = Título de la sesión
field-space-name = Nombre de la mesa
field-speaking-time = Tiempo de intervención
field-time = Horario
field-title = Título
field-token-name = Nombre del token
field-topic = Tema
field-topic-description = Descripción del tema
field-topic-title = Título del tema
field-venue = Sede
field-visibility = Visibilidad
field-website = Sitio web
field-other = Este campo
expected-corridor = un país de origen y uno de destino, por ejemplo ID>SG
expected-existing-date = una fecha que exista en la zona horaria de la consulta
expected-after-last-day = un día posterior al último día de la consulta
expected-unique-space-name = un nombre distinto del de las demás mesas
expected-seats = un número de lugares entre 1 y 1000
expected-free-convener = una persona que no convoque ningún otro tema en esa ronda
expected-after-round-start = una hora posterior al comienzo de la ronda
expected-topic-on-board = un tema que esté en el tablero (se retiró mientras tanto)
expected-https-address = una dirección que comience con https://
expected-email-address = una dirección como name@example.org
expected-queue-order = una de las opciones de orden disponibles
expected-speaking-time = entre 10 segundos y 60 minutos
expected-visibility = visible en el directorio, solo el equipo organizador u oculto
expected-listed-value = uno de los valores de la lista
expected-role = organizador/a, facilitador/a o participante
expected-no-nul = un texto sin caracteres NUL
expected-other = un valor del formulario

## Importing files: what is wrong with a file, a line or a field.
import-error-at-column = línea { $line }, columna { $column }: { $message }
import-error-at-line = línea { $line }: { $message }
import-not-text = no es un archivo de texto (hay un byte nulo en la línea { $line }); exporte la hoja como CSV, UTF-8
import-not-utf8 = la línea { $line } no es texto UTF-8; guarde el archivo como “CSV UTF-8”
import-unreadable-header = no se puede leer la fila de encabezado: { $detail }
import-unreadable-row = no se puede leer esta fila: { $detail }
import-row-width = tiene { $fields } campos, pero la fila de encabezado tiene { $width }
import-same-person = es la misma persona que en la línea { $first }
import-no-participants = el archivo tiene fila de encabezado, pero ninguna persona participante
import-column-twice = esta columna aparece dos veces en la fila de encabezado
import-no-name-column = falta la columna “name” en la fila de encabezado (columnas encontradas: { $found })
import-too-long = tiene más de { $max } caracteres
import-title-empty = el título está vacío
import-title-too-long = el título tiene más de { $max } caracteres
import-description-too-long = la descripción tiene más de { $max } caracteres
import-duplicate-id = { $place }: el id “{ $id }” ya se usó antes ({ $first }); cada sesión necesita uno propio
import-cut-off = el archivo termina aquí, a mitad del programa: quedó cortado; vuelva a exportarlo
import-too-deep = aquí los elementos están anidados en más de { $max } niveles; un programa frab tiene unos seis niveles
import-too-many-elements = el archivo tiene más de { $max } elementos
import-not-xml = no es un XML bien formado (columna { $column }): { $detail }
import-not-frab-root = el elemento raíz del archivo es <{ $root }>, no <schedule>: no es un programa frab
import-event = actividad “{ $title }”: { $message }
import-event-field = { $place }, campo { $field }: { $message }
import-no-guid = la actividad no tiene guid ni id
import-bad-date = la fecha “{ $value }” no es una fecha con hora y diferencia con UTC ni una fecha YYYY-MM-DD
import-bad-start = el comienzo “{ $value }” no es una hora como 09:30
import-no-time-zone = las horas no llevan diferencia con UTC y el archivo no especifica ninguna zona horaria
import-time-not-in-zone = { $value } no existe en la zona horaria: { $detail }
import-bad-duration = la duración “{ $value }” no tiene el formato HH:MM
import-negative-duration = duración “{ $value }”: la actividad termina antes de comenzar
import-not-json = no es un JSON válido: { $detail }
import-not-frab-json = este JSON no tiene schedule.conference: no es un programa frab
import-missing-columns = faltan columnas en la fila de encabezado: { $missing }; las columnas esperadas son { $expected }
import-needs-consultation = un programa en CSV necesita una consulta (por su zona horaria); cree una primero
import-bad-csv-date = “{ $value }” no es una fecha como 2026-11-30
import-bad-time = “{ $value }” no es una hora como 09:30
import-session-ends-before-start = la sesión termina a las { $end }, antes de comenzar a las { $start }
import-bad-kind = “{ $value }” no es un tipo de sesión; use plenary, facilitated-discussion, open-space, break o other
import-file-too-large = el archivo pesa { $size } MB; se pueden importar como máximo { $max } MB
import-reader-failed = convene no pudo leer este archivo (su lector falló); no se guardó nada
import-no-consultation = la base de datos no tiene ninguna consulta y el archivo no describe ninguna (un programa frab tiene un <conference>); cree primero la consulta
import-not-stored = no se guardó nada: { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = Solo las personas que iniciaron sesión con su propio enlace pueden hacer esto.
error-organisers-only = Solo el equipo organizador puede hacer esto.
error-last-organiser-erase = Esta es la última persona del equipo organizador; agregue a otra antes de borrarla.
error-last-organiser-remove = Esta es la última persona del equipo organizador; agregue a otra antes de quitarla.
error-password-length = La contraseña debe tener entre { $min } y { $max } caracteres; la que escribió tiene { $length }.
error-passwords-differ = Las dos contraseñas no coinciden; escriba la misma dos veces.
error-not-a-time = “{ $field }”: “{ $value }” no es una hora como 09:30.
error-session-cancelled-already = Esta sesión ya está cancelada.
error-session-not-cancelled = Esta sesión no está cancelada.
error-room-exists = Ya hay una sala llamada “{ $name }”.
error-room-rename = No se puede cambiar el nombre de la sala a “{ $name }”: otra sala ya tiene ese nombre o la sala ya no existe.
error-not-a-date = “{ $value }” no es una fecha; use el formato 2027-03-31.
error-upload-too-large = El archivo pesa más de { $max } MB; no se importó nada.
error-choose-schedule-file = Elija un archivo del programa para importar.
error-not-a-cell = “{ $value }” no es una celda del tablero; elija una de la lista.
error-not-a-date-time = “{ $value }” no es una fecha y hora como 2027-03-02 y 14:00.
error-pick-session = Elija una sesión de la lista.
error-not-seats = “{ $value }” no es un número de lugares.
error-unknown-format = Formato desconocido: “{ $value }”. Use md, docx o html.
error-not-for-your-role = Esta página no está disponible para su rol.
error-no-pages-in = No hay páginas en “{ $value }”.
error-unknown-person = Esta persona no está en el directorio.
field-start-time = Comienzo
field-end-time = Fin
error-pick-room = Elija una sala de la lista.
error-room-gone = Esa sala no existe (o ya no existe).

account-consent-convener = Mi nombre como quien convoca una mesa, en el tablero y en la pantalla (si no, aparece “Convoca: una persona participante”)
os-rules-title = Las reglas del espacio abierto
os-rule-anyone = Cualquier persona puede convocar una mesa: diga de qué se trata y póngale un título.
os-rule-convener = Quien convoca decide cómo se desarrolla su sesión.
os-rule-no-preparation = No hace falta preparar nada.
os-rule-two-feet = Se puede cambiar de mesa: vaya adonde más aprenda o más aporte.
os-rules-edit = Reglas del espacio abierto, una por línea
os-rules-edit-hint = Se muestran en el tablero y en la pantalla. Déjelo vacío para usar las reglas de la agenda, que cada persona lee en su propio idioma.
os-rules-save = Guardar las reglas
os-find = Buscar una mesa
os-find-words = Buscar
os-find-round = Ronda
os-find-all-rounds = Todas las rondas
os-find-room = Solo mesas con lugar libre
os-find-button = Buscar
os-find-clear = Mostrar todo
os-find-shown = { $count ->
    [one] Se muestra un tema
   *[other] Se muestran { $count } temas
}
os-convener-for = Quien convoca (si registra un tema en nombre de otra persona)
os-convener-for-hint = Elija un nombre del directorio o escriba uno nuevo. Déjelo vacío para convocarlo usted.
notice-topic-entered = El equipo organizador registró “{ $title }” y usted figura como quien lo convoca. Puede editarlo o retirarlo desde su página.
os-mine = Mi espacio abierto
os-mine-convening = Usted convoca
os-mine-convening-unplaced = Usted convoca · todavía no está en el tablero
os-mine-no-table = Todavía sin mesa
os-mine-in-line = { $count ->
    [one] Primer lugar en la lista de espera
   *[other] Lugar { $count } en la lista de espera
}
poll-title = Encuestas
poll-open = Abrir una encuesta
poll-question = Pregunta
poll-kind = Tipo de encuesta
poll-kind-single = Una sola opción
poll-kind-multiple = Varias opciones
poll-kind-words = Una nube de palabras (una palabra por persona)
poll-choices = Opciones, una por línea
poll-choices-hint = De 2 a 12 opciones. Una nube de palabras no necesita opciones.
poll-anonymous = Las encuestas son anónimas: no se guarda ningún nombre junto a las respuestas, y los conteos menores de 3 quedan ocultos hasta que se cierra la encuesta.
poll-open-button = Abrir la encuesta
poll-none = Todavía no hay encuestas.
poll-closed = Cerrada
poll-live = Abierta
poll-answers = { $count ->
    [0] Todavía no hay respuestas
    [one] Una respuesta
   *[other] { $count } respuestas
}
poll-you-answered = ya respondió
poll-your-word = Su palabra
poll-answer = Responder
poll-few = menos de 3
poll-few-hidden = Los conteos menores de 3 y las palabras menos frecuentes se muestran al cerrarse la encuesta, para que no se pueda saber qué respondió cada persona.
poll-close = Cerrar la encuesta
poll-screen-join = Responda desde su teléfono:
edit-order = Orden en el programa
edit-order-up = Antes
edit-order-down = Después
edit-moderators = Moderación de las intervenciones desde la sala
edit-moderators-hint = Conducen las intervenciones desde la sala (la lista de intervenciones, las preguntas, las encuestas) sin figurar como personas facilitadoras de la sesión, como en una plenaria de apertura.
edit-moderators-save = Guardar la moderación
report-polls = Encuestas
report-poll-answers = personas que respondieron: { $count }
notice-convener-seated = Usted convoca “{ $title }”: su nombre ya está en esa mesa y salió de cualquier otra mesa de esa ronda.
error-convener-stays = Usted convoca “{ $title }” en esta ronda: quien convoca se queda en su propia mesa.
error-convener-for-others = Solo el equipo organizador y las personas facilitadoras del espacio abierto pueden registrar temas en nombre de otra persona.
error-poll-answered = Ya respondió esta encuesta: cada persona responde una sola vez.
error-poll-closed = Esta encuesta está cerrada.
field-poll-kind = Tipo de encuesta
field-choice = Opción
field-choices = Opciones
field-answer = Respuesta
field-open-space-rules = Reglas del espacio abierto
expected-poll-kind = una sola opción, varias opciones o una nube de palabras
expected-poll-choices = de 2 a 12 opciones, una por línea
expected-one-word = una sola palabra
expected-poll-choice = una de las opciones de la encuesta
expected-a-choice = una opción
expected-one-choice = una sola opción
session-board-link = Ir al tablero del espacio abierto

## Before the meeting: organisations, invitations by e-mail, my schedule
organisation-edit-link = Editar esta organización
organisation-new-link = Agregar una organización
organisation-edit-title = Editar { $name }
organisation-new-title = Agregar una organización
organisation-edit-back = Volver
organisation-acronym = Sigla
organisation-tags = Otros sectores
organisation-tags-help = Sectores que no están en la lista, separados por |
organisation-corridors-help = Elija el origen y el destino de cada corredor migratorio en el que trabaja la organización. Para quitar un corredor, ponga “—” en los dos.
organisation-no-members = Todavía no hay nadie de esta organización.
organisation-merge = Fusionar un duplicado con esta organización
organisation-merge-help = Las personas, los temas y los corredores de la otra organización pasan a { $name }, y se suman sus sectores, servicios e idiomas. Después, la otra organización se elimina: esto no se puede deshacer.
organisation-merge-other = El duplicado
organisation-merge-button = Fusionar con esta
error-organisation-name-taken = Otra organización ya tiene este nombre o esta sigla (vea /organisations/{ $id }): en lugar de eso, fusione las dos.
error-merge-same-organisation = Una organización no se puede fusionar consigo misma.
import-col-organisation-fields = opcionales, para tener todo en una sola hoja: organisation_acronym, organisation_country, organisation_sectors, organisation_services, organisation_languages, organisation_website y organisation_corridors (por ejemplo ID>SG|ID>MY) describen la organización de la persona
import-done-organisations-updated = { $count ->
    [one] 1 organización actualizada.
   *[other] { $count } organizaciones actualizadas.
}
import-orgs-link = Importar organizaciones desde una hoja de cálculo
import-orgs-title = Importar organizaciones
import-orgs-file = Lista de organizaciones (archivo CSV)
import-orgs-see = Ver las organizaciones
import-orgs-format-body = Una hoja de cálculo guardada como CSV (UTF-8), separada por comas o por punto y coma. La primera fila indica los nombres de las columnas, en cualquier orden; solo “name” es obligatoria. Se importa todo el archivo o nada. Si una organización ya se conoce por su nombre o su sigla, se actualizan sus datos; si al archivo le falta una columna, ese dato queda como está. La descarga de organizaciones tiene exactamente estas columnas.
import-orgs-col-name = el nombre de la organización
import-orgs-col-acronym = un nombre corto; las organizaciones se reconocen por su nombre o su sigla
import-orgs-col-sectors = claves como domestic-work (trabajo doméstico) o sex-work (trabajo sexual), separadas por |; los demás valores se guardan como sectores propios de la organización
import-orgs-col-services = claves como legal-aid (asistencia jurídica), shelter (refugio), hotline (línea de ayuda), outreach (trabajo de calle), separadas por |
import-orgs-col-website = una dirección que comience con https://
import-orgs-col-corridors = corredores migratorios escritos como códigos de país origen>destino, separados por |, por ejemplo ID>SG|ID>MY
invitations-badges = Credenciales impresas
invitations-mail-title = Por correo electrónico
invitations-mail-server = Las invitaciones se envían a través de { $server }. Cada mensaje lleva un nuevo enlace de inicio de sesión y su código QR, en el idioma de la persona; el enlace anterior deja de funcionar en cuanto se envía el nuevo.
invitations-mail-not-yet-in = Enviar un correo a todas las personas que aún no iniciaron sesión
invitations-mail-everyone = Enviar un correo a todas las personas
invitations-mail-one = Enviar un enlace nuevo por correo
invitations-mail-count-sent = { $count ->
    [one] 1 enviada
   *[other] { $count } enviadas
}
invitations-mail-count-waiting = { $count ->
    [one] 1 en espera
   *[other] { $count } en espera
}
invitations-mail-count-failed = { $count ->
    [one] 1 no se pudo enviar
   *[other] { $count } no se pudieron enviar
}
invitations-mail-count-no-address = { $count ->
    [one] 1 persona sin dirección de correo
   *[other] { $count } personas sin dirección de correo
}
invitations-mail-sent = Enviada por correo a { $address }
invitations-mail-failed = No se envió a { $address }: { $reply }
invitations-mail-retrying = Se vuelve a intentar el envío a { $address } ({ $reply })
invitations-mail-waiting = Se está enviando a { $address }
invitations-mail-queued = { $count ->
    [0] No hay a quién enviar: todas las personas elegidas ya tienen un mensaje en camino o no tienen dirección de correo.
    [one] Se está enviando 1 invitación.
   *[other] Se están enviando { $count } invitaciones.
}
invitations-mail-repeated = Estas invitaciones ya estaban en camino: no se envió nada dos veces.
invitations-mail-off = No hay ningún servidor de correo configurado, así que las invitaciones no se pueden enviar por correo electrónico: imprima credenciales en su lugar. Para enviarlas por correo electrónico, agregue esto al archivo de configuración (o indique --smtp-url y --smtp-from):
invitations-mail-off-credentials = El nombre de usuario y la contraseña van en las variables de entorno CONVENE_SMTP_USER y CONVENE_SMTP_PASSWORD, nunca en el archivo. Después reinicie convene.
invitations-wording = El texto del correo
invitations-wording-language = Idioma
invitations-wording-show = Mostrar
invitations-wording-subject = Asunto
invitations-wording-body = Mensaje
invitations-wording-help = Esto se reemplaza para cada persona: {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} y {"{"}link{"}"} (obligatorio). El código QR va debajo del mensaje. Guárdelo vacío para volver al texto de convene.
invitation-mail-subject = Su invitación: {"{"}consultation{"}"}
invitation-mail-body =
    Hola, {"{"}name{"}"}:

    Le invitamos a {"{"}consultation{"}"}, {"{"}dates{"}"}, en {"{"}place{"}"}.

    Abra este enlace personal para iniciar sesión (funciona una sola vez, en un solo dispositivo; no lo comparta con nadie):
    {"{"}link{"}"}

    También puede escanear el código QR de abajo con la cámara de su teléfono. Allí encontrará el programa, las personas participantes y el espacio abierto.
invitation-mail-qr = Código QR de su enlace de inicio de sesión
error-mail-not-configured = No hay ningún servidor de correo configurado: imprima credenciales en su lugar.
error-mail-form-key = Este formulario está desactualizado: vuelva a cargar la página y envíelo de nuevo.
error-mail-no-subject = El correo necesita un asunto.
error-mail-no-link = El mensaje debe contener {"{"}link{"}"}: sin eso, nadie podría iniciar sesión.
error-mail-unknown-placeholder = “{"{"}{ $word }{"}"}” no es algo que convene pueda completar: use {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} o {"{"}link{"}"}.
field-sectors = Sectores
field-services = Servicios
expected-two-countries = dos países distintos
import-same-organisation = es la misma organización que en la línea { $first }
import-no-organisations = el archivo tiene fila de encabezado, pero ninguna organización
import-organisation-differs = esta organización se describe de otra manera en la línea { $first }
nav-my = Mi agenda
remember = Guardar en mi agenda
error-remember-yes-no = Indique si quiere guardar la sesión en su agenda.
my-title = Mi agenda
my-empty = Todavía no hay nada aquí. Presione “Guardar en mi agenda” en una sesión del programa para tenerla aquí, y anote su nombre en mesas del espacio abierto: las sesiones en las que usted habla o facilita aparecen solas.
my-part-facilitating = Usted facilita
my-part-speaking = Usted habla
my-part-remembered = Guardada en su agenda
my-part-convening = Usted convoca esta mesa
my-part-signed-up = Su mesa
my-part-waiting = En la lista de espera de un lugar (número { $place })
my-calendar = En su calendario
my-calendar-body = Suscríbase a esta dirección en el calendario de su teléfono: sigue cada cambio de su agenda, igual que el calendario del programa.
my-calendar-subscribe = Suscribirme en mi calendario
my-calendar-address = La dirección de su calendario
my-calendar-private = Esta dirección es solo suya: cualquier persona que la tenga puede ver su agenda. Si otra persona pudiera tenerla, cree una nueva; la anterior dejará de funcionar.
my-calendar-reset = Crear una dirección nueva

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = Trabajo doméstico
sector-sex-work = Trabajo sexual
sector-construction = Construcción
sector-agriculture = Agricultura
sector-fishing = Pesca
sector-manufacturing = Industria manufacturera
sector-hospitality = Hotelería
sector-care-work = Trabajo de cuidados
sector-entertainment = Entretenimiento
service-legal-aid = Asistencia jurídica
service-shelter = Refugio
service-hotline = Línea de ayuda
service-pre-departure-information = Información previa a la partida
service-outreach = Trabajo de calle
service-counselling = Acompañamiento psicosocial
service-health-care = Atención de salud
service-reintegration = Reintegración
service-organising = Organización sindical
service-advocacy = Incidencia política
service-research = Investigación

## Tables from the corridors (issue 24)
corridor-tables-link = Mesas a partir de los corredores migratorios
corridor-tables-title = Mesas a partir de los corredores migratorios
corridor-tables-intro = Cada corredor migratorio que tiene una organización en cada extremo puede ser una mesa donde se encuentren: las del país del que salen las personas y las del país al que van. Marque las mesas que quiera sugerir en el tablero del espacio abierto; las organizaciones quedan marcadas como interesadas, y luego cualquier persona puede convocarlas.
corridor-tables-empty = Todavía ningún corredor tiene una organización en cada extremo. Agregue corredores a las organizaciones (Directorio → Organizaciones) o impórtelos con la lista de organizaciones.
corridor-tables-origin = Origen:
corridor-tables-destination = Destino:
corridor-tables-elsewhere = También:
corridor-tables-on-board = en el tablero
corridor-tables-publish = Sugerir estas mesas en el tablero
corridor-tables-none-chosen = Marque al menos una mesa para sugerir.
corridor-tables-added = { $count ->
    [0] No se agregó ninguna mesa.
    [one] Se agregó 1 mesa al tablero.
   *[other] Se agregaron { $count } mesas al tablero.
}
corridor-tables-already = { $count ->
    [0] {""}
    [one] 1 ya estaba en el tablero.
   *[other] { $count } ya estaban en el tablero.
}
corridor-table-description = Organizaciones en el origen: { $origin }. En el destino: { $destination }.
region-northern-africa = África septentrional
region-eastern-africa = África oriental
region-middle-africa = África central
region-southern-africa = África meridional
region-western-africa = África occidental
region-caribbean = Caribe
region-central-america = Centroamérica
region-south-america = América del Sur
region-northern-america = América septentrional
region-central-asia = Asia central
region-eastern-asia = Asia oriental
region-south-eastern-asia = Asia sudoriental
region-southern-asia = Asia meridional
region-western-asia = Asia occidental
region-eastern-europe = Europa oriental
region-northern-europe = Europa septentrional
region-southern-europe = Europa meridional
region-western-europe = Europa occidental
region-australia-new-zealand = Australia y Nueva Zelandia
region-melanesia = Melanesia
region-micronesia = Micronesia
region-polynesia = Polinesia
region-antarctica = Antártida
region-elsewhere = Otros lugares

## Questionnaires
questionnaires-title = Cuestionarios
questionnaires-none = No hay ningún cuestionario abierto.
questionnaire-new = Nuevo cuestionario
questionnaire-title-field = Título
questionnaire-create = Crear y agregar preguntas
questionnaire-anonymous = Anónimo (como la evaluación)
questionnaire-anonymous-help = No se guarda quién dio las respuestas, así que no se pueden cambiar una vez enviadas. Cada persona puede responder una sola vez.
questionnaire-anonymous-short = anónimo
questionnaire-anonymous-note = Anónimo: su nombre no se guarda junto a sus respuestas.
questionnaire-anonymity-fixed = Ya hay personas que respondieron, así que ya no se puede cambiar si el cuestionario es anónimo o no.
questionnaire-question-count = { $count ->
    [one] 1 pregunta
   *[other] { $count } preguntas
}
questionnaire-response-count = { $count ->
    [0] todavía no hay respuestas
    [one] 1 persona respondió
   *[other] { $count } personas respondieron
}
questionnaire-answer = Responder
questionnaire-change-answers = Cambiar mis respuestas
questionnaire-answered = Respondido
questionnaire-open = Abierto
questionnaire-open-until = Abierto hasta el { $at }
questionnaire-opens = Se abre el { $at }
questionnaire-closed-label = Cerrado
questionnaire-closed = Este cuestionario está cerrado: ya no se pueden enviar ni cambiar respuestas.
questionnaire-answered-already = Ya respondió este cuestionario anónimo. Gracias.
questionnaire-preview = Verlo como lo ven las personas participantes
questionnaire-settings = Título, fechas y anonimato
questionnaire-opens-field = Apertura (opcional)
questionnaire-closes-field = Cierre (opcional)
questionnaire-bad-time = “{ $value }” no es una fecha y hora válidas.
questionnaire-closes-before-opening = El cuestionario debe cerrarse después de abrirse.
questionnaire-saved = Guardado.
questionnaire-questions = Preguntas
questionnaire-no-questions = Todavía no hay preguntas: agregue la primera aquí abajo. Las personas participantes ven el cuestionario cuando tiene al menos una pregunta.
questionnaire-too-many-questions = Un cuestionario tiene como máximo { $max } preguntas.
questionnaire-title-needed = Escriba el título en { $lang }, el primer idioma de la consulta.
questionnaire-text-too-long = Un texto tiene más de { $max } caracteres.
questionnaire-text-nul = Un texto contiene un carácter NUL.
questionnaire-thanks = Gracias: sus respuestas quedaron guardadas. Puede cambiarlas hasta que se cierre el cuestionario.
questionnaire-thanks-anonymous = Gracias: sus respuestas quedaron guardadas, sin su nombre.
questionnaire-fix-answers = Algunas respuestas necesitan su atención: vea los mensajes más abajo.
questionnaire-editing = Ya respondió; cambie lo que quiera y vuelva a guardar.
questionnaire-send = Enviar mis respuestas
questionnaire-save-changes = Guardar mis cambios
question-add = Agregar la pregunta
question-edit = Modificar esta pregunta
question-delete = Eliminar
question-move-up = Mover hacia arriba
question-move-down = Mover hacia abajo
question-text = Pregunta
question-kind = Tipo de respuesta
question-kind-short = Texto corto
question-kind-long = Texto largo
question-kind-single = Una sola opción
question-kind-multiple = Varias opciones
question-kind-countries = Países
question-kind-scale = Escala del 1 al 5
question-kind-yes_no = Sí o no
question-kind-unknown = Tipo de pregunta desconocido: “{ $value }”.
question-choices = Opciones, una por línea
question-choices-help = Solo para “Una sola opción” y “Varias opciones”. Las traducciones van en el mismo orden, una por línea.
question-required = obligatoria
question-shared = respuestas visibles para las personas participantes
question-shared-field = Todas las personas con sesión iniciada pueden leer las respuestas (si no, solo el equipo organizador)
question-suggests-topics = sugiere temas
question-suggests-topics-field = Agrupar las respuestas en sugerencias de temas para el espacio abierto
question-text-needed = Escriba la pregunta en { $lang }, el primer idioma de la consulta.
question-duplicate = El cuestionario ya pregunta “{ $text }”.
question-choices-count = Indique de 2 a { $max } opciones, una por línea.
question-choice-needed = Cada opción necesita su texto en { $lang }.
question-choice-twice = La opción “{ $choice }” aparece dos veces.
question-suggests-needs-text = Solo las respuestas de texto corto o largo pueden sugerir temas.
answer-required = Por favor, responda esta pregunta.
answer-invalid = “{ $value }” no es una de las respuestas posibles.
answer-too-long = La respuesta tiene más de { $max } caracteres.
answer-one-choice = Elija una sola respuesta.
answer-yes = Sí
answer-no = No
answer-countries-help = Mantenga presionada la tecla Ctrl (o ⌘) para elegir varios países.
scale-1 = 1 – nada
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – mucho

## Results
results-title = Resultados
results-responses = { $count ->
    [one] Respuestas de 1 persona
   *[other] Respuestas de { $count } personas
}
results-answered = Respondieron: { $count }
results-fewer-than-3 = menos de 3
results-small-counts = Los conteos menores de 3 se muestran como “menos de 3”, para que una respuesta poco común no permita identificar a una persona.
results-csv = Descargar los resultados (CSV)
results-csv-question = Pregunta
results-csv-answer = Respuesta
results-csv-count = Conteo
results-csv-organisation = Organización
results-csv-language = Idioma

## Topic suggestions
suggestions-title = Sugerencias de temas
suggestions-intro = Las respuestas que tratan del mismo tema se agrupan, sin importar su idioma. Cambie el nombre de los grupos, fusiónelos, divídalos o descártelos; luego publíquelos en el tablero del espacio abierto como temas sugeridos, con las organizaciones de quienes respondieron marcadas como interesadas.
suggestions-no-question = Ninguna pregunta de este cuestionario sugiere temas. Marque una con “Agrupar las respuestas en sugerencias de temas” en el cuestionario.
suggestions-no-model-help = El modelo de temas no está instalado en este servidor, así que no se pueden agrupar las respuestas. Configure CONVENE_MODEL con el archivo e5-small-q4.bin (vea el README).
suggestions-no-model = El modelo de temas no está disponible: { $why }
suggestions-answers = { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
}
suggestions-waiting = { $count ->
    [one] 1 aún se está leyendo
   *[other] { $count } aún se están leyendo
}
suggestions-group = Agrupar las respuestas
suggestions-regroup = Volver a agrupar (las sugerencias publicadas se mantienen)
suggestions-done = Listo.
suggestion-on-board = en el tablero
suggestion-organisations = Con interés: { $organisations }
suggestion-publish = Publicar en el tablero
suggestion-drop = Descartar
suggestion-curate = Cambiar el nombre, fusionar o dividir
suggestion-title = Título
suggestion-rename = Cambiar el nombre
suggestion-merge-into = Fusionar con
suggestion-merge = Fusionar
suggestion-merge-choose = Elija la sugerencia con la que se fusionará esta.
suggestion-split-answers = Respuestas que pasan a una nueva sugerencia
suggestion-new-title = Título de la nueva sugerencia
suggestion-split = Dividir
suggestion-title-needed = Una sugerencia necesita un título de { $max } caracteres como máximo.
suggestion-split-some = Elija algunas de las respuestas, no todas, para separarlas.
suggestion-published-already = Esta sugerencia ya está en el tablero.
suggestion-action-unknown = Acción desconocida: “{ $value }”.
suggestion-topic-interested = Sugerido por el cuestionario. Con interés: { $organisations }
questionnaire-translations = Traducciones a los otros idiomas
my-questionnaire-waiting = El cuestionario «{ $title }» espera sus respuestas.

## Importing answers
import-answers-title = Importar respuestas desde otra herramienta de formularios
import-answers-file = Archivo CSV de respuestas
import-answers-check = Revisar el archivo
import-answers-choose-file = Elija un archivo CSV de respuestas.
import-answers-failed = No se importó el archivo; no se guardó nada
import-answers-preview = Todavía no se guardó nada: revise cómo se lee el archivo
import-answers-done = Las respuestas quedaron importadas
import-answers-apply = Importar estas respuestas
import-answers-rows = { $count ->
    [one] 1 fila de respuestas.
   *[other] { $count } filas de respuestas.
}
import-answers-matched = { $count ->
    [0] Ninguna fila corresponde a una persona participante.
    [one] 1 fila corresponde a una persona participante; se reemplazan sus respuestas anteriores.
   *[other] { $count } filas corresponden a personas participantes; se reemplazan sus respuestas anteriores.
}
import-answers-column = Columna
import-answers-read-as = Se lee como
import-answers-column-email = dirección de correo electrónico de la persona
import-answers-column-name = nombre de la persona
import-answers-column-not-read = no se lee
import-answers-unmatched = Estas filas no corresponden a nadie del directorio; sus respuestas se guardan sin asociarlas a ninguna persona:
import-answers-line = línea { $line }
import-answers-format = Una fila de encabezado con los textos de las preguntas, en cualquiera de los idiomas del cuestionario, y una fila por persona, tal como los exportan Google Forms, KoboToolbox o LimeSurvey. Una columna “email” (correo electrónico) o “name” (nombre) permite reconocer a las personas del directorio. Si una celda contiene varias opciones, van separadas por comas o por punto y coma. Separado por comas o por punto y coma, en UTF-8 con o sin BOM; si alguna fila tiene un error, no se guarda nada.
import-answers-no-question-column = Ninguna columna es una pregunta de este cuestionario. Las columnas son: { $found }
import-answers-person-twice = { $who } ya respondió en la línea { $line }.
import-answers-empty = El archivo no tiene filas de respuestas.
