# Tradução para o português (Brasil; compreensível em Portugal e na África lusófona).
# Regra de plural do CLDR para "pt": 0 e 1 caem em "one". Por isso, quando a
# contagem pode ser zero, há uma variante [0] explícita antes de [one].

site-name = convene
skip-to-content = Ir para o conteúdo
nav-now = Agora e a seguir
nav-program = Programação
nav-main = Principal
language-switch = Idioma das páginas
language-group-consultation = Idiomas desta consulta
language-group-all = Todos os idiomas
filter-language = Idioma dos textos
filter-all-languages = Todos os idiomas
demo-banner = Dados de demonstração: esta consulta foi montada a partir de uma programação real, com datas inventadas.
footer-time-zone = Os horários seguem o fuso horário { $zone }.

now-title = Agora e a seguir
now-running = Acontecendo agora
now-next = A seguir
now-nothing-running = Nada está acontecendo neste momento.
now-before = A consulta começa em { $date }.
now-after = A consulta terminou. Agradecemos a sua participação.
now-see-program = Ver toda a programação

program-title = Programação
program-days = Dias
program-day-empty = Não há nada programado para este dia.
program-day-label = Dia { $number }

session-kind-plenary = Plenária
session-kind-facilitated-discussion = Discussão facilitada
session-kind-open-space = Espaço aberto
session-kind-break = Intervalo
session-kind-other = Sessão

session-when = Quando
session-where = Onde
session-languages = Idiomas
session-interpretation = Interpretação para
session-facilitators = Facilitação
session-speakers = Palestrantes
session-panelists = Painelistas
session-about = Sobre esta sessão
session-topics = Temas para o espaço aberto
session-topics-intro = Com base no questionário, estes temas podem ser de interesse; outros serão propostos durante o encontro.
session-topic-suggested = Sugerido
session-topic-proposed = Proposto por { $organisation }
session-topic-interested = Organizações interessadas: { $organisations }
session-back = Voltar à programação
session-now = Acontecendo agora
session-more-people = { $count ->
    [0] e mais ninguém
    [one] e mais uma pessoa
    [many] e mais { $count } pessoas
   *[other] e mais { $count } pessoas
}

empty-title = Ainda não há consulta
empty-body = Este servidor ainda não tem nenhuma consulta. Alguém da organização pode carregar a demonstração com “convene demo” ou iniciar o servidor com “convene serve --demo”.

error-not-found-title = Página não encontrada
error-not-found-body = Não há nada neste endereço. A página pode ter sido removida, ou o link pode estar incompleto.
error-internal-title = Algo deu errado
error-internal-body = O servidor não conseguiu responder a este pedido. Tente de novo daqui a pouco.
error-cannot-save-title = O servidor não consegue salvar neste momento
error-home = Ir para a página inicial


nav-directory = Diretório

directory-title = Diretório
directory-people = Pessoas
directory-organisations = Organizações
directory-corridors = Corredores
directory-tabs = Seções do diretório
directory-search = Buscar por nome
directory-country = País
directory-sector = Setor
directory-language = Idioma
directory-corridor = Corredor
directory-any = Qualquer
directory-apply = Filtrar
directory-clear = Limpar filtros
directory-count-people = { $count ->
    [0] Nenhuma pessoa
    [one] Uma pessoa
    [many] { $count } pessoas
   *[other] { $count } pessoas
}
directory-count-organisations = { $count ->
    [0] Nenhuma organização
    [one] Uma organização
    [many] { $count } organizações
   *[other] { $count } organizações
}
directory-none = Nenhuma pessoa corresponde a estes filtros.
directory-none-organisations = Nenhuma organização corresponde a estes filtros.
directory-visibility-organisers = Somente a organização
directory-visibility-hidden = Oculto
directory-visibility-listed = Visível na lista
directory-role-organiser = Organização
directory-role-facilitator = Facilitação
directory-role-participant = Participante

organisation-website = Site
organisation-sectors = Setores
organisation-services = Serviços
organisation-languages = Idiomas
organisation-corridors = Corredores migratórios
organisation-people = Pessoas
organisation-sessions = Fala nas sessões
organisation-no-people = Nenhuma pessoa desta organização aparece no diretório.

corridors-intro = Um corredor migratório liga um país de origem a um país de destino. Organizações nas duas pontas do mesmo corredor podem encaminhar pessoas umas às outras.
corridors-present = Corredores entre as organizações participantes
corridors-count = { $count ->
    [0] nenhuma organização
    [one] uma organização
    [many] { $count } organizações
   *[other] { $count } organizações
}
corridors-origin = De (origem)
corridors-destination = Para (destino)
corridors-show = Mostrar
corridors-origin-end = Na ponta de origem: { $country }
corridors-destination-end = Na ponta de destino: { $country }
corridors-elsewhere = Também atuam neste corredor
corridors-nobody = Ainda não há nenhuma organização aqui.
corridors-none = Nenhuma organização participante atua neste corredor.

error-bad-request-title = Não é possível responder a este pedido

import-title = Importar participantes
import-link = Importar participantes de uma planilha
import-file = Lista de participantes (arquivo CSV)
import-submit = Importar
import-failed = Nada foi importado. Corrija estas linhas e tente de novo:
import-too-large = O arquivo é grande demais: é possível importar no máximo { $megabytes } MB.
import-no-file = Escolha um arquivo CSV para importar.
import-done-new = { $count ->
    [0] Nenhuma pessoa nova,
    [one] Uma pessoa nova,
    [many] { $count } pessoas novas,
   *[other] { $count } pessoas novas,
}
import-done-updated = { $count ->
    [0] nenhuma atualizada,
    [one] uma atualizada,
    [many] { $count } atualizadas,
   *[other] { $count } atualizadas,
}
import-done-organisations = { $count ->
    [0] nenhuma organização criada.
    [one] uma organização criada.
    [many] { $count } organizações criadas.
   *[other] { $count } organizações criadas.
}
import-ignored = Colunas não lidas:
import-see = Ver as pessoas
import-format = O arquivo
import-format-body = Uma planilha salva como CSV (UTF-8), com vírgulas ou ponto e vírgula. A primeira linha traz os nomes das colunas, em qualquer ordem; só "name" é obrigatória. Ou o arquivo inteiro é importado, ou nada é. Importar o mesmo arquivo de novo atualiza as pessoas em vez de adicioná-las duas vezes.
import-col-name = o nome a ser exibido; pode ser um pseudônimo
import-col-organisation = reconhecida pelo nome ou pela sigla, ou criada
import-col-country = um código ISO 3166 (AR) ou o nome em inglês (Argentina)
import-col-role = organiser (organização), facilitator (facilitação) ou participant (participante; é o padrão)
import-col-languages = códigos ISO 639-1 separados por espaços ou |, como "es|en"
import-col-email = opcional; serve para reconhecer a pessoa numa importação posterior
import-col-visibility = listed (visível para participantes), organisers (somente para a organização; é o padrão) ou hidden (oculto)

export-title = Downloads
export-ical = Assinar no seu calendário (iCal)
export-frab-xml = Programação para aplicativos de eventos (frab XML)
export-frab-json = Programação em frab JSON
export-session-ical = Adicionar à minha agenda
export-people-csv = Pessoas em planilha (CSV)
export-organisations-csv = Organizações em planilha (CSV)
export-hsds = Organizações para ferramentas de encaminhamento (Open Referral HSDS, zip)

nav-account = Conta
signin-title = Entrar
signin-intro = Esta consulta é privada. As pessoas participantes entram com o link pessoal ou o código QR que receberam da organização, por exemplo no crachá.
signin-how = Abra o seu link neste aparelho ou escaneie o código QR do seu crachá com a câmera do celular.
signin-confirm = Você está entrando como { $name }.
signin-button = Entrar
signin-invalid-title = Este link de acesso não pode ser usado
signin-invalid-body = Talvez ele já tenha sido usado, tenha sido substituído por um mais novo ou tenha expirado. Peça um novo link à organização.
account-title = Sua conta
account-signed-in-as = Sessão iniciada como { $name }.
account-signout = Sair
account-signout-everywhere = Sair em todos os aparelhos
account-audit = Registro de auditoria das ações da organização
audit-title = Registro de auditoria
audit-when = Quando
audit-who = Quem
audit-what = O quê
audit-detail = Detalhe
audit-empty = Nenhuma ação da organização foi registrada ainda.
error-forbidden-title = Você não tem acesso a esta página

invitations-title = Convites
invitations-intro = Cada pessoa entra com um link pessoal, impresso no crachá como código QR. Um link funciona uma única vez; gerar um novo cancela o anterior. Os links só aparecem no momento em que são gerados, por isso imprima os crachás nessa hora.
invitations-all = Gerar crachás para todas as pessoas ainda não convidadas
invitations-person = Pessoa
invitations-status = Situação
invitations-actions = Ações
invitations-new-link = Novo link
invitations-revoke = Revogar acesso
invitations-signed-in = Já entrou
invitations-invited = Convite feito, link ainda não usado
invitations-none = Sem convite
badges-title = Crachás
badges-intro = Imprima esta página agora (vários crachás por folha A4): os links não poderão ser mostrados de novo. Cada código QR dá acesso à pessoa correspondente uma única vez.
badges-qr = Código QR do link pessoal de acesso
account-invitations = Convites e crachás
account-saved = Salvo.
account-name = Seu nome como as outras pessoas o veem (pode ser um pseudônimo)
account-visibility = Quem pode ver você no diretório
account-visibility-listed = Todas as pessoas participantes
account-visibility-organisers = Somente a organização
account-visibility-hidden = Ninguém (você fica fora de todas as listas)
account-languages = Idiomas que você fala
account-languages-add = Adicionar um idioma
account-languages-hint = Desmarque um idioma para removê-lo.
account-save = Salvar meus dados
account-program-save = Salvar a configuração da programação
account-my-data = Baixar todos os dados guardados sobre você (JSON)
erase-confirm = tenho certeza
erase-button = Apagar
erase-unconfirmed = Marque "tenho certeza" para confirmar a exclusão.
erase-self = Não é possível apagar a sua própria conta com a sessão iniciada; peça a outra pessoa da organização.
quick-exit = Saída rápida
account-program-visibility = A programação
account-program-public = Qualquer pessoa com o endereço pode ler a programação (sessões, horários e palestrantes visíveis na lista). Para ver o diretório é sempre preciso entrar.
error-conflict-title = Não é possível fazer isso agora
signin-confirm-screen = Este aparelho vai se tornar a tela “{ $name }”: ela mostra a programação e os quadros, sem dados pessoais.
signin-organiser = Organização: entre com senha
signin-name = Seu nome
signin-password = Senha
signin-password-refused = Esse nome e essa senha não correspondem a ninguém da organização. Quem é da organização e não tem senha entra com um link dado por outra pessoa da organização ou gerado por “convene admin add”.
account-consents = Onde o seu nome pode aparecer
account-consent-screen = Na tela do projetor na sala (por exemplo, quando você se inscreve numa mesa ou pede a palavra)
account-consent-report = No relatório da consulta (caso contrário, suas contribuições são guardadas sem o seu nome)
account-password = Sua senha
account-password-set = Você pode entrar com seu nome e sua senha na página de acesso. Definir uma nova senha substitui a atual.
account-password-none = Defina uma senha para entrar pela página de acesso sem precisar de link.
account-password-new = Nova senha (pelo menos 12 caracteres)
account-password-confirm = Repita a mesma senha
account-password-save = Salvar a senha
account-password-saved = Sua senha foi salva.
account-organising = Organização
access-title = Organização, telas e retenção de dados
access-organisers = Equipe organizadora
access-organisers-intro = Qualquer pessoa da organização pode remover outra. Uma consulta sempre mantém pelo menos uma pessoa na organização.
access-password = Senha
access-password-yes = definida
access-password-no = não definida (entra com link)
access-you = (você)
access-remove = Remover
access-remove-confirm = Remover esta pessoa da organização e apagar os dados pessoais dela
access-last-organiser = a última pessoa da organização não pode ser removida
access-add-organiser = Para adicionar alguém à organização, execute “convene admin add NOME” no servidor: o comando mostra um link de acesso de uso único.
access-screens = Telas
access-screens-intro = Uma tela é um acesso somente de leitura para o projetor: mostra a programação e os quadros, e nunca dados pessoais. Abra o link abaixo no computador do projetor; ele funciona uma única vez, dentro de 24 horas.
access-screen-label = Nome da tela
access-screen-default = Projetor da plenária
access-screen-create = Criar um link de tela
access-screen-link = Abra este link no computador do projetor ou escaneie o código:
access-screens-signout = Desconectar todas as telas
access-retention = Retenção de dados
access-retention-intro = Depois desta data, o convene apaga automaticamente os dados pessoais de todas as pessoas participantes, facilitadoras e palestrantes. Sessões, temas e anotações permanecem, sem nomes. Deixe em branco para manter os dados até que você os apague.
access-retention-date = Apagar os dados pessoais em
access-retention-save = Salvar a data de exclusão
access-retention-done = Os dados pessoais foram apagados em { $date }.
access-done-removed = A pessoa foi removida da organização.
access-done-screens = Todas as telas foram desconectadas.
access-done-retention = A data de exclusão foi salva.
nav-open-space = Espaço aberto
os-title = Espaço aberto
os-intro = Qualquer pessoa pode convocar uma sessão: proponha um tema e coloque-o numa mesa livre. Depois, inscreva seu nome na mesa que quiser; uma mesa por rodada.
os-screen-link = Visualização para o projetor
os-signups-csv = Todas as inscrições (CSV)
os-propose = Propor um tema
os-topic-title = Título
os-topic-description = Do que se trata (opcional)
os-topic-language = Idioma
os-propose-button = Propor e convocar
os-no-setup = A organização ainda não definiu as rodadas e as mesas. Você já pode propor temas e marcar os que lhe interessam.
os-round-started = começou
os-round-ended = terminou
os-capacity = { $count ->
    [0] nenhum lugar
    [one] 1 lugar
    [many] { $count } lugares
   *[other] { $count } lugares
}
os-free-tables = Mesas livres: { $tables }
os-unplaced = Temas ainda sem mesa
os-unplaced-intro = Marque os temas que lhe interessam: as contagens ajudam quem convoca e a organização a escolher as mesas.
os-unplaced-none = Todos os temas têm mesa.
os-notices-dismiss = Entendi
os-convened-by = Quem convoca: { $name }
os-convened-by-participant = Quem convoca: uma pessoa participante
os-no-convener = Procura-se quem convoque
os-a-participant = uma pessoa participante
os-seats = lugares ocupados
os-waiting = { $count ->
    [0] ninguém na espera
    [one] 1 na espera
    [many] { $count } na espera
   *[other] { $count } na espera
}
os-marks = { $count ->
    [0] Nenhuma pessoa interessada
    [one] 1 pessoa interessada
    [many] { $count } pessoas interessadas
   *[other] { $count } pessoas interessadas
}
os-you-are-here = Sua mesa
os-leave = Sair desta mesa
os-join = Inscrever meu nome
os-mark = Tenho interesse
os-marked = Interesse marcado ✓ (desfazer)
os-adopt = Convocar este tema
os-move-to = Mover para
os-place-in = Colocar em
os-move = Mover
os-place = Colocar
os-move-title = Mover um tema com pessoas inscritas?
os-move-warning = Há pessoas inscritas em “{ $title }”.
os-move-people = { $count ->
    [0] Não há ninguém para avisar da mudança.
    [one] 1 pessoa será avisada da mudança.
    [many] { $count } pessoas serão avisadas da mudança.
   *[other] { $count } pessoas serão avisadas da mudança.
}
os-move-confirm = Mover e avisar as pessoas
os-move-cancel = Deixar onde está
os-full-title = Esta mesa está lotada
os-full-body = Todos os lugares em “{ $title }” estão ocupados. Você pode esperar por uma vaga (se um lugar vagar, você entra automaticamente e recebe um aviso) ou escolher uma mesa da mesma rodada que ainda tenha lugar.
os-wait = Esperar por uma vaga
os-waiting-already = Você está na lista de espera desta mesa.
os-stop-waiting = Sair da lista de espera
os-full-room = Mesas desta rodada com lugares livres
os-full-none = Todas as mesas desta rodada estão lotadas.
os-seats-left = { $count ->
    [0] nenhum lugar livre
    [one] resta 1 lugar
    [many] restam { $count } lugares
   *[other] restam { $count } lugares
}
os-back = Voltar ao espaço aberto
os-topic = Tema do espaço aberto
os-where = Onde e quando
os-not-placed = Ainda sem mesa
os-convener = Quem convoca
os-proposed-by = Proposto por
os-interested-orgs = Organizações interessadas
os-interest = Interesse
os-names = Nomes nesta mesa
os-names-none = Ninguém ainda.
os-names-unlisted = { $count ->
    [0] e nenhuma pessoa fora do diretório
    [one] e 1 pessoa que não aparece no diretório
    [many] e { $count } pessoas que não aparecem no diretório
   *[other] e { $count } pessoas que não aparecem no diretório
}
os-notes = Anotações
os-notes-none = Ainda não há anotações.
os-notes-key-points = Pontos principais
os-notes-proposals = Propostas
os-notes-next-steps = Próximos passos
os-notes-continuing = Quem quer continuar
os-notes-write = Escrever as anotações
os-notes-language = Idioma das anotações
os-notes-save = Salvar as anotações
os-note-taker = Escolher alguém da mesa para a relatoria
os-note-taker-add = Adicionar à relatoria
os-edit = Editar, mover ou retirar este tema
os-edit-save = Salvar o tema
os-unplace = Tirar do quadro
os-withdraw = Retirar
os-withdraw-confirm = Retirar este tema; as pessoas inscritas serão avisadas
os-screen-join = Participe pelo celular:
os-setup-title = Configurar o espaço aberto
os-setup-intro = As rodadas são horários dentro das sessões de espaço aberto da programação; os espaços são as mesas ou salas, cada uma com o seu número de lugares. Juntos, formam as células do quadro.
os-rounds = Rodadas
os-rounds-none = Ainda não há rodadas.
os-round-label = Nome da rodada
os-round-session = Sessão de espaço aberto
os-round-date = Dia
os-round-start = Começa
os-round-end = Termina
os-round-add = Adicionar a rodada
os-spaces = Mesas e salas
os-spaces-none = Ainda não há mesas.
os-space-name = Nome
os-space-capacity = Lugares
os-space-languages = Idiomas com interpretação (opcional, como "en es")
os-space-add = Adicionar a mesa
os-space-edit = Alterar nome, lugares ou interpretação
os-space-save = Salvar a mesa
os-delete = Remover
os-delete-confirm = Remover; os temas colocados ali voltam para a lista
access-api = Tokens de API
access-api-intro = Um token permite que outro programa use a API JSON (/api/v1, descrita em /api/v1/openapi.json) em seu nome: envie-o como “Authorization: Bearer TOKEN”. Revogue-o quando o programa não precisar mais dele.
access-api-once = Copie este token agora; ele não será mostrado de novo:
access-api-label = Para que serve o token
access-api-create = Emitir um token
access-api-revoke = Revogar
access-done-token = O token foi revogado.
os-print = Imprimir o quadro (A3)
os-sheets = Imprimir folhas de inscrição (A4, uma por mesa)
os-print-hint = Imprima esta página pelo navegador; ela se ajusta sozinha ao papel.
os-sheets-none = Nenhum tema tem mesa ainda.
os-sheet-intro = Escreva seu nome nesta mesa. Uma mesa por rodada.
os-sheet-taken = (ocupado: alguém que não aparece no diretório)
os-suggest-title = Sugerir uma distribuição
os-suggest-link = Sugerir uma distribuição
os-suggest-intro = O convene propõe onde colocar os temas das rodadas que ainda não começaram, de modo que o menor número possível de pessoas tenha de escolher entre dois temas que marcou, que os temas mais procurados fiquem em mesas grandes e que haja poucas mudanças. Nada muda até que você aplique a proposta; depois, você ainda pode ajustar o quadro.
os-suggest-none = Nenhuma distribuição é possível:
os-suggest-missed = Pessoas que precisam escolher entre dois temas marcados (interesses perdidos)
os-suggest-overflow = Pessoas além da capacidade de uma mesa
os-suggest-moves = Temas tirados da sua célula atual
os-suggest-score = Pontuação (quanto menor, melhor)
os-suggest-bound = (nenhuma distribuição pode ter pontuação abaixo de { $bound })
os-suggest-now = agora:
os-suggest-took = Calculado em { $ms } ms.
os-suggest-current = Agora
os-suggest-proposed = Proposta
os-suggest-apply = Aplicar esta distribuição
os-suggest-discard = Descartar

## O plenário: perguntas e inscrições para falar
floor-title = Plenário
floor-link = Perguntas e inscrições para falar
floor-back = Voltar à sessão
floor-screen-link = Visualização para o projetor
floor-queue = Inscrições para falar
floor-speaking-now = Com a palavra
floor-you = Você
floor-since = desde { $time }
floor-time-left = Tempo restante
floor-nobody-speaking = Ninguém está com a palavra.
floor-call-next = Chamar a próxima pessoa
floor-end-turn = Encerrar esta fala
floor-rule = Ordem: { $rule }
floor-order-arrival = na ordem em que as pessoas pediram a palavra
floor-order-first-time-first = quem ainda não falou tem prioridade
floor-order-balance-countries = a próxima pessoa é do país menos ouvido até agora
floor-order-balance-languages = a próxima pessoa fala o idioma menos ouvido até agora
floor-queue-empty = Ninguém está esperando para falar.
floor-point-of-order = Questão de ordem
floor-priority = Prioridade
floor-call = Chamar
floor-give-priority = Dar prioridade
floor-no-priority = Tirar a prioridade
floor-remove = Remover
floor-your-place = { $count ->
    [0] Você é a próxima pessoa na fila.
    [one] Você é a próxima pessoa na fila.
    [many] Sua posição na fila: { $count }.
   *[other] Sua posição na fila: { $count }.
}
floor-withdraw = Retirar a inscrição
floor-ask-to-speak = Pedir a palavra
floor-speak-language = Idioma em que você vai falar
floor-note = Recado para a facilitação (opcional)
floor-note-example = ex.: reação curta
floor-queue-who-sees = A facilitação vê o seu nome e o seu recado. As outras pessoas participantes só veem o seu nome se o seu perfil estiver visível no diretório, e nunca veem o seu recado.
floor-point-of-order-ask = É uma questão de ordem (sobre o procedimento; passa à frente)
floor-ask-to-speak-button = Pedir a palavra
floor-first-time = Primeira vez
floor-spoke = { $count ->
    [0] Ainda não falou
    [one] Falou uma vez
    [many] Falou { $count } vezes
   *[other] Falou { $count } vezes
}
floor-a-participant = Uma pessoa participante
floor-anonymous = Anônimo
floor-questions = Perguntas
floor-ask = Fazer uma pergunta
floor-question = Sua pergunta
floor-question-language = Idioma
floor-anonymous-ask = Perguntar sem o meu nome (somente a organização pode ver quem perguntou, para coibir abusos, e cada vez que isso é consultado fica registrado)
floor-named-only = O seu nome aparece junto da sua pergunta para as pessoas com sessão iniciada.
floor-moderated-note = A facilitação aprova as perguntas antes que a sala as veja.
floor-ask-button = Enviar a pergunta
floor-sort-votes = Mais votadas
floor-sort-new = Mais recentes
floor-no-questions = Ainda não há perguntas.
floor-moderation = Aguardando aprovação ou ocultas
floor-answered = Respondidas
floor-votes = { $count ->
    [0] votos
    [one] voto
    [many] votos
   *[other] votos
}
floor-yours = sua pergunta
floor-pending = Aguardando aprovação
floor-hidden = Oculta
floor-answered-badge = Respondida
floor-vote = Votar nesta pergunta
floor-voted = Voto dado · retirar
floor-approve = Aprovar
floor-hide = Ocultar
floor-mark-answered = Marcar como respondida
floor-mark-unanswered = Marcar como não respondida
floor-merge-into = Duplicata de
floor-merge = Mesclar
floor-trace = Quem perguntou?
floor-trace-title = Quem fez esta pergunta
floor-trace-result = A pergunta foi feita por { $name }. Esta consulta ficou anotada no registro de auditoria.
floor-trace-erased = Os dados da pessoa que fez a pergunta foram apagados.
floor-summary = Resumo da discussão
floor-summary-none = Ainda não há resumo.
floor-summary-write = Escrever o resumo
floor-summary-save = Salvar o resumo
floor-settings = Configurações do plenário
floor-setting-moderated = Aprovar as perguntas antes que a sala as veja
floor-setting-anonymous = Permitir perguntas anônimas
floor-setting-order = Ordem das inscrições
floor-setting-limit = Tempo de fala em segundos (vazio: sem limite)
floor-settings-save = Salvar as configurações
floor-screen-join = Faça uma pergunta ou peça a palavra:
floor-next = A seguir
floor-more-waiting = { $count ->
    [0] e ninguém mais esperando
    [one] e mais 1 pessoa esperando
    [many] e mais { $count } pessoas esperando
   *[other] e mais { $count } pessoas esperando
}
floor-waiting-total = { $count ->
    [0] Ninguém está esperando para falar
    [one] Uma pessoa está esperando para falar
   *[other] { $count } pessoas estão esperando para falar
}
floor-top-questions = Perguntas mais votadas
session-floor = Perguntas e inscrições para falar
session-summary = Resumo
session-questions-open = Perguntas em aberto
session-questions-answered = Perguntas respondidas

## Edição da programação
edit-title = Editar a programação
edit-new-session = Nova sessão
edit-session-title = Editar sessão
edit-see-program = Ver a programação como as pessoas a veem
edit-see-session = Ver a página da sessão
edit-back = Voltar ao editor da programação
edit-warnings = Verifique estes pontos
edit-warnings-intro = Nada fica bloqueado: você decide se cada ponto está certo.
edit-warning-room = { $room }: “{ $first }” e “{ $second }” estão marcadas ao mesmo tempo.
edit-warning-person = { $person } está em “{ $first }” e em “{ $second }” ao mesmo tempo.
edit-warning-dates = “{ $session }” está fora das datas da consulta.
edit-has-warning = Verificar
edit-sessions = Sessões
edit-no-sessions = Ainda não há sessões.
edit-time = Horário
edit-session = Sessão
edit-room = Sala
edit-rooms = Salas
edit-room-name = Nome da sala
edit-rename = Renomear
edit-delete-room = Excluir
edit-new-room = Nova sala
edit-add-room = Adicionar a sala
edit-details = A consulta
edit-c-title = Título
edit-c-venue = Local
edit-c-tz = Fuso horário (como Asia/Bangkok)
edit-c-start = Primeiro dia
edit-c-end = Último dia
edit-c-languages = Idiomas (códigos como en es fr)
edit-save = Salvar
edit-saved = Salvo. As páginas abertas mostram a alteração.
edit-public = A programação é pública: qualquer pessoa com o endereço pode lê-la.
edit-private = A programação é privada: só pessoas com sessão iniciada podem lê-la.
edit-make-private = Tornar privada
edit-make-public = Tornar pública
edit-is-cancelled = Esta sessão foi cancelada. Ela continua na programação, marcada como cancelada, para que as pessoas fiquem sabendo.
edit-s-title = Título
edit-s-kind = Tipo
edit-s-date = Data
edit-s-start = Começa
edit-s-end = Termina
edit-s-room = Sala
edit-no-room = Sem sala
edit-s-languages = Idiomas falados
edit-s-interpretation = Interpretação para
edit-tags-help = Códigos de idioma separados por espaços, como: en es fr
edit-s-text-language = Idioma do título e da descrição
edit-s-description = Descrição
edit-s-facilitators = Facilitação
edit-s-speakers = Palestrantes ou painelistas
edit-multi-help = Segure Ctrl (ou toque e segure no celular) para escolher várias pessoas.
edit-add-person = Alguém que ainda não está no diretório
edit-p-name = Nome
edit-p-organisation = Organização
edit-p-country = País
edit-p-role = Papel nesta sessão
edit-p-speaker = Palestrante
edit-p-facilitator = Facilitação
edit-add-person-button = Adicionar a esta sessão
edit-more = Mais
edit-duplicate = Duplicar esta sessão
edit-cancel = Cancelar esta sessão
edit-restore = Reativar a sessão
session-cancelled = Cancelada
session-changed = Alterada
session-changes = Alterações recentes
session-change-room = Sala: { $change }
session-change-time = Horário: { $change }
session-change-title = Título: { $change }
session-change-cancelled = Cancelada
session-change-restored = De volta à programação
import-program-title = Importar uma programação
import-program-failed = Nada foi importado: corrija estes pontos no arquivo e tente de novo.
import-program-preview = Pré-visualização: nada foi guardado ainda
import-program-done = Importação concluída
import-program-format = Lido como { $format }.
import-program-created = { $count ->
    [0] nenhuma sessão nova
    [one] 1 sessão nova
    [many] { $count } sessões novas
   *[other] { $count } sessões novas
}
import-program-updated = { $count ->
    [0] nenhuma sessão atualizada
    [one] 1 sessão atualizada
    [many] { $count } sessões atualizadas
   *[other] { $count } sessões atualizadas
}
import-program-unchanged = { $count ->
    [0] nenhuma sessão sem alterações
    [one] 1 sessão sem alterações
    [many] { $count } sessões sem alterações
   *[other] { $count } sessões sem alterações
}
import-program-rooms = Novas salas:
import-program-people = Novas pessoas:
import-program-apply = Importar
import-program-file = Arquivo da programação (frab XML ou JSON, ou CSV)
import-program-check = Verificar o arquivo
import-program-formats = O convene lê a programação exportada pelo pretalx, pelo frab e por outras ferramentas de eventos (frab XML ou JSON: salas, dias, eventos com suas pessoas, idioma e resumo), além de CSV.
import-program-csv = O CSV tem um cabeçalho com estas colunas, em qualquer ordem: datas no formato AAAA-MM-DD, horários no formato HH:MM no fuso horário da consulta, nomes separados por “;”, códigos de idioma separados por espaços. Uma coluna de id e uma de descrição são opcionais.
import-program-rerun = Importar o mesmo arquivo de novo atualiza as sessões dele em vez de adicioná-las duas vezes.
session-is-cancelled = Esta sessão foi cancelada.

## O relatório da consulta
report-title = Relatório
report-link = O relatório da consulta: o que foi dito, proposto e decidido
report-draft = Rascunho: só a organização pode ler este relatório até que ele seja publicado.
report-published = Publicado: as pessoas participantes podem ler este relatório.
report-introduction = Introdução
report-conclusions = Conclusões
report-numbers = Em números
report-people = Pessoas inscritas
report-organisations = Organizações representadas
report-countries = Países representados
report-sessions = Sessões com relato
report-topics = Mesas do espaço aberto
report-questions-asked = Perguntas do plenário
report-questions-answered = Perguntas respondidas
report-fewer-than-3 = menos de 3
report-a-participant = uma pessoa participante
report-not-named = { $count ->
    [0] nenhuma pessoa sem nome
    [one] uma pessoa sem o nome divulgado
    [many] { $count } pessoas sem o nome divulgado
   *[other] { $count } pessoas sem o nome divulgado
}
report-facilitators = Facilitação
report-speakers = Palestrantes
report-summary = Resumo
report-no-summary = Nenhum resumo foi escrito.
report-questions-answered-list = Perguntas respondidas
report-questions-open = Perguntas que ficaram em aberto
report-votes = { $count ->
    [0] nenhum voto
    [one] um voto
    [many] { $count } votos
   *[other] { $count } votos
}
report-took-part = Pessoas que intervieram no plenário: { $count }
report-at-table = Pessoas na mesa: { $count }
report-convened-by = Quem convocou: { $name }
report-table = { $name }
report-no-notes = Nenhuma anotação foi feita nesta mesa.
report-round = Espaço aberto: { $label }
report-actions = Propostas e próximos passos
report-actions-intro = Todas as propostas e próximos passos registrados nas mesas, com a mesa de onde vieram.
report-proposal = Proposta
report-next-step = Próximo passo
report-empty = Ainda não há nada para colher: nenhuma sessão tem resumo ou perguntas, e nenhuma mesa tem anotações. O relatório vai sendo preenchido à medida que a facilitação e quem convoca as mesas escrevem.
report-contents = Sumário
report-downloads = Baixar
report-download-md = Markdown
report-download-docx = Documento do Word
report-download-html = Página web (um único arquivo)
report-file-language = Idioma dos títulos
report-print = Imprima ou salve como PDF pelo menu de impressão do navegador.
report-edit = Editar o relatório
report-edit-intro = A introdução e as conclusões ficam por sua conta; o que o relatório diz sobre as sessões e as mesas vem dos resumos e das anotações delas, tal como foram escritos.
report-publish = Publicado: as pessoas participantes podem lê-lo (e também visitantes sem login, se a programação for pública)
report-save = Salvar o relatório
report-leave-out = Deixar fora do relatório
report-left-out = Fora do relatório
report-saved = O relatório foi salvo.
report-language = Idioma do texto
report-generated = Feito com o convene em { $date }.

# The language's name as its speakers write it, in the language switcher.
language-own-name = Português

# Notices to a person about their sign-ups, shown on the open-space board.
notice-seat-freed = Abriu uma vaga em “{ $title }”: a vaga é sua.
notice-seat-freed-moved = Abriu uma vaga em “{ $title }”: a vaga é sua, e seu nome saiu da outra mesa dessa rodada.
notice-topic-withdrawn = Quem convocava “{ $title }” retirou o tema; seu nome saiu da mesa.
notice-topic-moved = “{ $title }” mudou para { $space }; sua inscrição continua valendo.
notice-topic-moved-round = “{ $title }” mudou para { $space } em { $round }; seu nome saiu da mesa: inscreva-se de novo se puder participar.
notice-topic-off-board = “{ $title }” saiu do quadro; seu nome saiu da mesa.
notice-topic-other-round = “{ $title }” mudou para outra rodada; seu nome saiu da mesa: inscreva-se de novo se puder participar.

# Refusals of the open space and the floor, shown on the error page.
error-not-your-topic = Só quem convoca o tema ou a organização pode fazer isso.
error-topic-convened = Outra pessoa já convoca este tema.
error-no-such-round = Essa rodada não existe.
error-no-such-space = Esse espaço não existe.
error-round-started = { $round } já começou: agora só a organização pode fazer alterações.
error-topic-round-started = A rodada deste tema já começou: agora só a organização pode movê-lo.
error-cell-taken = Outro tema acabou de ocupar essa célula; escolha outra que esteja livre.
error-convener-busy = Quem convoca já tem uma mesa nessa rodada; cada pessoa convoca uma só mesa por rodada.
error-topic-stale = Este tema mudou desde que a sua página foi carregada; confira o quadro de novo e tente outra vez.
error-proposal-unreadable = Não foi possível ler a proposta; sugira uma distribuição novamente.
error-round-started-meanwhile = { $round } começou nesse meio-tempo; sugira uma distribuição novamente.
error-board-changed = O quadro mudou nesse meio-tempo (uma célula foi ocupada); sugira uma distribuição novamente.
error-topic-not-on-board = Este tema não está no quadro (foi retirado ou ainda não tem mesa).
error-not-a-note-taker = Só quem convoca, as pessoas que essa pessoa escolher para a relatoria e a organização podem escrever as anotações.
error-note-taker-not-seated = A relatoria é escolhida entre as pessoas inscritas na mesa.
error-too-few-seats = Há { $seated } pessoas inscritas numa mesa desse espaço: são necessários pelo menos { $seated } lugares. Primeiro, mova o tema para um espaço maior ou peça que as pessoas mudem de mesa.
error-not-a-moderator = Só a facilitação da sessão e a organização podem fazer isso.
error-no-anonymous-questions = Esta sessão não aceita perguntas anônimas; pergunte com o seu nome.
error-voted-already = Você já votou nesta pergunta: cada pessoa vota uma vez só.
error-question-not-open = Esta pergunta não está aberta para votação (está aguardando aprovação ou foi ocultada).
error-question-merged = Esta pergunta foi mesclada com outra; faça isso na outra pergunta.
error-merge-refused = Só é possível mesclar uma pergunta com outra pergunta aberta da mesma sessão.
error-trace-organisers = Só a organização pode ver quem fez uma pergunta.
error-queued-already = Você já está na fila para falar nesta sessão.
error-not-queued = Você não está esperando para falar nesta sessão.
error-queue-empty = Ninguém está esperando para falar.
error-no-longer-waiting = Essa pessoa não está mais esperando para falar.
error-nobody-speaking = Ninguém está com a palavra.
error-summary-too-long = O resumo está longo demais ({ $len } caracteres; o máximo é { $max }).
error-speaking-time = O tempo de fala “{ $text }” não é um número de segundos.

## Validação de formulários: o que está errado num dado informado e os campos mencionados.
error-empty = “{ $field }” não pode ficar em branco.
error-too-long = “{ $field }” tem caracteres demais: { $length }; o máximo é { $max }.
error-unknown-time-zone = Fuso horário desconhecido: “{ $value }”. Use um nome como Asia/Bangkok.
error-unknown-country = País desconhecido: “{ $value }”. Use um código como AR ou o nome do país.
error-invalid-language = “{ $value }” não é um idioma: use um código como en ou id.
error-invalid = “{ $field }”: “{ $value }” não é um valor válido; esperava-se { $expected }.
error-unknown-session-kind = Tipo de sessão desconhecido: “{ $value }”.
error-ends-before-start = A sessão “{ $title }” termina antes de começar (início: { $starts }; fim: { $ends }).
error-dates-reversed = A data de término da consulta ({ $end }) é anterior à data de início ({ $start }).
error-dangling = “{ $field }”: “{ $value }” não existe.
field-cancelled = Cancelada
field-capacity = Lugares
field-convener = Quem convoca
field-corridor = Corredor
field-email = E-mail
field-languages = Idiomas
field-name = Nome
field-note = Recado
field-organisation = Organização
field-organisation-name = Nome da organização
field-people = Pessoas
field-person = Pessoa
field-question = Pergunta
field-queue-order = Ordem das inscrições para falar
field-retention-date = Data de exclusão
field-role = Papel
field-room = Sala
field-room-name = Nome da sala
field-round-end = Fim da rodada
field-round-name = Nome da rodada
field-screen-name = Nome da tela
field-session = Sessão
field-session-description = Descrição da sessão
field-session-title = Título da sessão
field-space-name = Nome da mesa
field-speaking-time = Tempo de fala
field-time = Horário
field-title = Título
field-token-name = Nome do token
field-topic = Tema
field-topic-description = Descrição do tema
field-topic-title = Título do tema
field-venue = Local
field-visibility = Visibilidade
field-website = Site
field-other = Este campo
expected-corridor = um país de origem e um de destino, como ID>SG
expected-existing-date = uma data que exista no fuso horário da consulta
expected-after-last-day = um dia depois do último dia da consulta
expected-unique-space-name = um nome que nenhuma outra mesa tenha
expected-seats = um número de lugares de 1 a 1000
expected-free-convener = uma pessoa que não convoque nenhum outro tema nessa rodada
expected-after-round-start = um horário depois do início da rodada
expected-topic-on-board = um tema que esteja no quadro (ele foi retirado nesse meio-tempo)
expected-https-address = um endereço que comece com https://
expected-email-address = um endereço como name@example.org
expected-queue-order = uma das opções de ordem oferecidas
expected-speaking-time = entre 10 segundos e 60 minutos
expected-visibility = visível na lista, somente a organização ou oculto
expected-listed-value = um dos valores da lista
expected-role = organização, facilitação ou participante
expected-no-nul = um texto sem caracteres NUL
expected-other = um valor do formulário

## Importing files: what is wrong with a file, a line or a field.
import-error-at-column = linha { $line }, coluna { $column }: { $message }
import-error-at-line = linha { $line }: { $message }
import-not-text = este não é um arquivo de texto (há um byte nulo na linha { $line }); exporte a planilha como CSV, UTF-8
import-not-utf8 = a linha { $line } não é texto UTF-8; salve o arquivo como “CSV UTF-8”
import-unreadable-header = não foi possível ler o cabeçalho: { $detail }
import-unreadable-row = não foi possível ler esta linha: { $detail }
import-row-width = tem { $fields } campos, mas o cabeçalho tem { $width }
import-same-person = é a mesma pessoa da linha { $first }
import-no-participants = o arquivo tem cabeçalho, mas não tem participantes
import-column-twice = esta coluna aparece duas vezes no cabeçalho
import-no-name-column = não há coluna “name” no cabeçalho (colunas encontradas: { $found })
import-too-long = tem mais de { $max } caracteres
import-title-empty = o título está vazio
import-title-too-long = o título tem mais de { $max } caracteres
import-description-too-long = a descrição tem mais de { $max } caracteres
import-duplicate-id = { $place }: o id “{ $id }” já foi usado ({ $first }); cada sessão precisa de um id próprio
import-cut-off = o arquivo termina aqui, no meio da programação: ele foi cortado; exporte-o de novo
import-too-deep = aqui os elementos estão aninhados em mais de { $max } níveis; uma programação frab tem uns seis níveis
import-too-many-elements = o arquivo tem mais de { $max } elementos
import-not-xml = este não é um XML bem formado (coluna { $column }): { $detail }
import-not-frab-root = o elemento raiz do arquivo é <{ $root }>, não <schedule>: esta não é uma programação frab
import-event = evento “{ $title }”: { $message }
import-event-field = { $place }, campo { $field }: { $message }
import-no-guid = o evento não tem guid nem id
import-bad-date = a data “{ $value }” não é nem uma data com horário e diferença em relação ao UTC, nem uma data YYYY-MM-DD
import-bad-start = o início “{ $value }” não é um horário como 09:30
import-no-time-zone = os horários não indicam a diferença em relação ao UTC e o arquivo não informa nenhum fuso horário
import-time-not-in-zone = { $value } não existe no fuso horário: { $detail }
import-bad-duration = a duração “{ $value }” não está no formato HH:MM
import-negative-duration = duração “{ $value }”: o evento termina antes de começar
import-not-json = este não é um JSON válido: { $detail }
import-not-frab-json = este JSON não tem schedule.conference: não é uma programação frab
import-missing-columns = faltam colunas no cabeçalho: { $missing }; as colunas esperadas são { $expected }
import-needs-consultation = uma programação em CSV precisa de uma consulta (por causa do fuso horário); crie uma antes
import-bad-csv-date = “{ $value }” não é uma data como 2026-11-30
import-bad-time = “{ $value }” não é um horário como 09:30
import-session-ends-before-start = a sessão termina às { $end }, antes de começar, às { $start }
import-bad-kind = “{ $value }” não é um tipo de sessão; use plenary, facilitated-discussion, open-space, break ou other
import-file-too-large = o arquivo tem { $size } MB; é possível importar no máximo { $max } MB
import-reader-failed = o convene não conseguiu ler este arquivo (o leitor falhou); nada foi salvo
import-no-consultation = o banco de dados não tem nenhuma consulta e o arquivo não descreve nenhuma (uma programação frab tem um <conference>); crie a consulta primeiro
import-not-stored = nada foi salvo: { $detail }

## Refusals of handlers: what a person is told when an action cannot be done.
error-own-link-only = Só quem entrou com o próprio link pode fazer isso.
error-organisers-only = Só a organização pode fazer isso.
error-last-organiser-erase = Esta é a última pessoa da organização; adicione outra antes de apagá-la.
error-last-organiser-remove = Esta é a última pessoa da organização; adicione outra antes de removê-la.
error-password-length = A senha precisa ter de { $min } a { $max } caracteres; a que você digitou tem { $length }.
error-passwords-differ = As duas senhas não são iguais; digite a mesma senha duas vezes.
error-not-a-time = “{ $field }”: “{ $value }” não é um horário como 09:30.
error-session-cancelled-already = Esta sessão já foi cancelada.
error-session-not-cancelled = Esta sessão não está cancelada.
error-room-exists = Já existe uma sala chamada “{ $name }”.
error-room-rename = Não é possível renomear a sala para “{ $name }”: outra sala já tem esse nome, ou a sala não existe mais.
error-not-a-date = “{ $value }” não é uma data; use o formato 2027-03-31.
error-upload-too-large = O arquivo tem mais de { $max } MB; nada foi importado.
error-choose-schedule-file = Escolha um arquivo da programação para importar.
error-not-a-cell = “{ $value }” não é uma célula do quadro; escolha uma da lista.
error-not-a-date-time = “{ $value }” não é uma data e um horário como 2027-03-02 e 14:00.
error-pick-session = Escolha uma sessão da lista.
error-not-seats = “{ $value }” não é um número de lugares.
error-unknown-format = Formato desconhecido: “{ $value }”. Use md, docx ou html.
error-not-for-your-role = Esta página não está disponível para o seu papel.
error-no-pages-in = Não há páginas em “{ $value }”.
error-unknown-person = Esta pessoa não está no diretório.
field-start-time = Início
field-end-time = Fim
error-pick-room = Escolha uma sala da lista.
error-room-gone = Essa sala não existe (ou não existe mais).

account-consent-convener = Meu nome como quem convoca uma mesa, no quadro e na tela (caso contrário, aparece “Quem convoca: uma pessoa participante”)
os-rules-title = As regras do espaço aberto
os-rule-anyone = Qualquer pessoa pode convocar uma mesa: diga do que se trata e dê um título.
os-rule-convener = Quem convoca decide como a sua sessão acontece.
os-rule-no-preparation = Não é preciso preparar nada.
os-rule-two-feet = Dá para circular entre as mesas: vá aonde você mais aprende ou mais contribui.
os-rules-edit = Regras do espaço aberto, uma por linha
os-rules-edit-hint = Aparecem no quadro e na tela. Deixe em branco para usar as regras da programação, que cada pessoa lê no próprio idioma.
os-rules-save = Salvar as regras
os-find = Encontrar uma mesa
os-find-words = Pesquisar
os-find-round = Rodada
os-find-all-rounds = Todas as rodadas
os-find-room = Só mesas com lugar livre
os-find-button = Buscar
os-find-clear = Mostrar tudo
os-find-shown = { $count ->
    [0] Nenhum tema exibido
    [one] Um tema exibido
   *[other] { $count } temas exibidos
}
os-convener-for = Quem convoca (quando você cadastra um tema por outra pessoa)
os-convener-for-hint = Escolha um nome do diretório ou digite um novo. Deixe em branco se for você quem convoca.
notice-topic-entered = A organização cadastrou “{ $title }” com você como quem convoca. Você pode editar ou retirar o tema na página dele.
os-mine = Meu espaço aberto
os-mine-convening = Você convoca
os-mine-convening-unplaced = Você convoca · ainda não está no quadro
os-mine-no-table = Ainda sem mesa
os-mine-in-line = { $count ->
    [one] Primeira posição na lista de espera
   *[other] Posição { $count } na lista de espera
}
poll-title = Enquetes
poll-open = Abrir uma enquete
poll-question = Pergunta
poll-kind = Tipo de enquete
poll-kind-single = Uma opção
poll-kind-multiple = Várias opções
poll-kind-words = Uma nuvem de palavras (uma palavra por pessoa)
poll-choices = Opções, uma por linha
poll-choices-hint = De 2 a 12 opções. A nuvem de palavras não precisa de opções.
poll-anonymous = As enquetes são anônimas: nenhum nome fica guardado com as respostas, e contagens abaixo de 3 ficam ocultas até a enquete ser encerrada.
poll-open-button = Abrir a enquete
poll-none = Ainda não há enquetes.
poll-closed = Encerrada
poll-live = Aberta
poll-answers = { $count ->
    [0] Ainda não há respostas
    [one] Uma resposta
   *[other] { $count } respostas
}
poll-you-answered = você já respondeu
poll-your-word = Sua palavra
poll-answer = Responder
poll-few = menos de 3
poll-few-hidden = Contagens abaixo de 3 e palavras mais raras aparecem quando a enquete é encerrada, para que ninguém possa descobrir a resposta de outra pessoa.
poll-close = Encerrar a enquete
poll-screen-join = Responda pelo celular:
edit-order = Ordem na programação
edit-order-up = Antes
edit-order-down = Depois
edit-moderators = Moderação do plenário
edit-moderators-hint = Essas pessoas conduzem o plenário (as inscrições para falar, as perguntas, as enquetes) sem aparecer como facilitação da sessão, como numa plenária de abertura.
edit-moderators-save = Salvar a moderação
report-polls = Enquetes
report-poll-answers = pessoas que responderam: { $count }
notice-convener-seated = Você convoca “{ $title }”: seu nome agora está nessa mesa e saiu de qualquer outra mesa dessa rodada.
error-convener-stays = Você convoca “{ $title }” nesta rodada: quem convoca fica na própria mesa.
error-convener-for-others = Só a organização e a facilitação do espaço aberto podem cadastrar temas por outra pessoa.
error-poll-answered = Você já respondeu a esta enquete: cada pessoa responde uma vez só.
error-poll-closed = Esta enquete está encerrada.
field-poll-kind = Tipo de enquete
field-choice = Opção
field-choices = Opções
field-answer = Resposta
field-open-space-rules = Regras do espaço aberto
expected-poll-kind = uma opção, várias opções ou uma nuvem de palavras
expected-poll-choices = de 2 a 12 opções, uma por linha
expected-one-word = uma palavra só
expected-poll-choice = uma das opções da enquete
expected-a-choice = uma opção
expected-one-choice = uma opção só
session-board-link = Ir ao quadro do espaço aberto

## Before the meeting: organisations, invitations by e-mail, my schedule
organisation-edit-link = Editar esta organização
organisation-new-link = Adicionar uma organização
organisation-edit-title = Editar { $name }
organisation-new-title = Adicionar uma organização
organisation-edit-back = Voltar
organisation-acronym = Sigla
organisation-tags = Outros setores
organisation-tags-help = Setores que não estão na lista, separados por |
organisation-corridors-help = Escolha a origem e o destino de cada corredor migratório em que a organização atua. Para remover um corredor, coloque “—” nos dois campos.
organisation-no-members = Ainda não há ninguém nesta organização.
organisation-merge = Mesclar uma duplicata nesta organização
organisation-merge-help = As pessoas, os temas e os corredores da outra organização passam para { $name }, e os setores, serviços e idiomas dela são acrescentados. Depois, ela é excluída: isso não pode ser desfeito.
organisation-merge-other = A duplicata
organisation-merge-button = Mesclar nesta organização
error-organisation-name-taken = Outra organização já tem este nome ou esta sigla (veja /organisations/{ $id }): em vez disso, mescle as duas.
error-merge-same-organisation = Não é possível mesclar uma organização com ela mesma.
import-col-organisation-fields = opcional, para ter tudo numa única planilha: organisation_acronym, organisation_country, organisation_sectors, organisation_services, organisation_languages, organisation_website e organisation_corridors (como ID>SG|ID>MY) descrevem a organização da pessoa
import-done-organisations-updated = { $count ->
    [0] Nenhuma organização atualizada.
    [one] 1 organização atualizada.
   *[other] { $count } organizações atualizadas.
}
import-orgs-link = Importar organizações de uma planilha
import-orgs-title = Importar organizações
import-orgs-file = Lista de organizações (arquivo CSV)
import-orgs-see = Ver as organizações
import-orgs-format-body = Uma planilha salva como CSV (UTF-8), com vírgulas ou ponto e vírgula. A primeira linha traz os nomes das colunas, em qualquer ordem; só "name" é obrigatória. Ou o arquivo inteiro é importado, ou nada é. Uma organização já conhecida pelo nome ou pela sigla é atualizada; se o arquivo não tiver uma coluna, os dados correspondentes ficam como estão. A planilha de organizações que você pode baixar tem exatamente estas colunas.
import-orgs-col-name = o nome da organização
import-orgs-col-acronym = um nome curto; as organizações são reconhecidas pelo nome ou pela sigla
import-orgs-col-sectors = códigos como domestic-work ou sex-work, separados por |; outros valores ficam guardados como setores próprios da organização
import-orgs-col-services = códigos como legal-aid, shelter, hotline, outreach, separados por |
import-orgs-col-website = um endereço que comece com https://
import-orgs-col-corridors = corredores migratórios na forma origem>destino, com códigos de país, separados por |, como ID>SG|ID>MY
invitations-badges = Crachás impressos
invitations-mail-title = Por e-mail
invitations-mail-server = Os convites são enviados por { $server }. Cada mensagem traz um novo link de acesso e o código QR dele, no idioma da pessoa; o link antigo deixa de funcionar assim que o novo é enviado.
invitations-mail-not-yet-in = Enviar e-mail a todas as pessoas que ainda não entraram
invitations-mail-everyone = Enviar e-mail a todas as pessoas
invitations-mail-one = Enviar um novo link por e-mail
invitations-mail-count-sent = { $count ->
    [0] nenhum enviado
    [one] 1 enviado
   *[other] { $count } enviados
}
invitations-mail-count-waiting = { $count ->
    [0] nenhum aguardando envio
    [one] 1 aguardando envio
   *[other] { $count } aguardando envio
}
invitations-mail-count-failed = { $count ->
    [0] nenhuma falha
    [one] 1 com falha
   *[other] { $count } com falha
}
invitations-mail-count-no-address = { $count ->
    [one] 1 pessoa sem endereço de e-mail
   *[other] { $count } pessoas sem endereço de e-mail
}
invitations-mail-sent = Enviado por e-mail para { $address }
invitations-mail-failed = Não enviado para { $address }: { $reply }
invitations-mail-retrying = Tentando de novo enviar para { $address } ({ $reply })
invitations-mail-waiting = Enviando para { $address }
invitations-mail-queued = { $count ->
    [0] Não há para quem enviar: todas as pessoas escolhidas já têm uma mensagem a caminho ou não têm endereço de e-mail.
    [one] 1 convite está sendo enviado.
   *[other] { $count } convites estão sendo enviados.
}
invitations-mail-repeated = Estes convites já estavam a caminho: nada foi enviado duas vezes.
invitations-mail-off = Nenhum servidor de e-mail está configurado, por isso os convites não podem ser enviados por e-mail: imprima os crachás. Para enviá-los por e-mail, acrescente ao arquivo de configuração (ou informe --smtp-url e --smtp-from):
invitations-mail-off-credentials = O nome de usuário e a senha ficam nas variáveis de ambiente CONVENE_SMTP_USER e CONVENE_SMTP_PASSWORD, nunca no arquivo. Depois, reinicie o convene.
invitations-wording = O texto do e-mail
invitations-wording-language = Idioma
invitations-wording-show = Mostrar
invitations-wording-subject = Assunto
invitations-wording-body = Mensagem
invitations-wording-help = Estes marcadores são substituídos para cada pessoa: {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} e {"{"}link{"}"} (obrigatório). O código QR vem abaixo da mensagem. Salve o texto vazio para voltar ao texto padrão do convene.
invitation-mail-subject = Seu convite: {"{"}consultation{"}"}
invitation-mail-body =
    Olá, {"{"}name{"}"},

    Convidamos você para {"{"}consultation{"}"}, {"{"}dates{"}"}, em {"{"}place{"}"}.

    Abra este link pessoal para entrar (ele funciona uma única vez, em um só aparelho; não o compartilhe com ninguém):
    {"{"}link{"}"}

    Você também pode escanear o código QR abaixo com a câmera do celular. A programação, as pessoas participantes e o espaço aberto estão todos lá.
invitation-mail-qr = Código QR do seu link de acesso
error-mail-not-configured = Nenhum servidor de e-mail está configurado: imprima os crachás.
error-mail-form-key = Este formulário está desatualizado: recarregue a página e envie de novo.
error-mail-no-subject = O e-mail precisa de um assunto.
error-mail-no-link = A mensagem precisa conter {"{"}link{"}"}: sem ele, ninguém conseguiria entrar.
error-mail-unknown-placeholder = “{"{"}{ $word }{"}"}” não é algo que o convene saiba preencher: use {"{"}name{"}"}, {"{"}consultation{"}"}, {"{"}dates{"}"}, {"{"}place{"}"} ou {"{"}link{"}"}.
field-sectors = Setores
field-services = Serviços
expected-two-countries = dois países diferentes
import-same-organisation = é a mesma organização da linha { $first }
import-no-organisations = o arquivo tem cabeçalho, mas não tem organizações
import-organisation-differs = esta organização está descrita de outra forma na linha { $first }
nav-my = Minha agenda
remember = Guardar
error-remember-yes-no = Escolha se quer guardar a sessão ou não.
my-title = Minha agenda
my-empty = Ainda não há nada aqui. Use o botão “Guardar” numa sessão da programação para mantê-la aqui, e inscreva seu nome em mesas do espaço aberto: as sessões em que você fala ou faz a facilitação aparecem sozinhas.
my-part-facilitating = Você facilita
my-part-speaking = Você fala
my-part-remembered = Guardada
my-part-convening = Você convoca esta mesa
my-part-signed-up = Sua mesa
my-part-waiting = Na lista de espera por um lugar (posição { $place })
my-calendar = No seu calendário
my-calendar-body = Assine este endereço no calendário do seu celular: ele acompanha todas as mudanças na sua agenda, como o calendário da programação.
my-calendar-subscribe = Assinar no meu calendário
my-calendar-address = O endereço do seu calendário
my-calendar-private = Este endereço é só seu: qualquer pessoa que o tenha vê a sua agenda. Se outra pessoa puder ter acesso a ele, crie um novo; o antigo deixa de funcionar.
my-calendar-reset = Criar um novo endereço

## Sectors and services of organisations (keys in src/domain/directory.rs)
sector-domestic-work = Trabalho doméstico
sector-sex-work = Trabalho sexual
sector-construction = Construção civil
sector-agriculture = Agricultura
sector-fishing = Pesca
sector-manufacturing = Indústria
sector-hospitality = Hotelaria
sector-care-work = Trabalho de cuidado
sector-entertainment = Entretenimento
service-legal-aid = Assistência jurídica
service-shelter = Abrigo
service-hotline = Linha de atendimento
service-pre-departure-information = Informações antes da partida
service-outreach = Abordagem social
service-counselling = Apoio psicossocial
service-health-care = Atenção à saúde
service-reintegration = Reintegração
service-organising = Organização sindical
service-advocacy = Incidência política
service-research = Pesquisa

## Tables from the corridors (issue 24)
corridor-tables-link = Mesas a partir dos corredores migratórios
corridor-tables-title = Mesas a partir dos corredores migratórios
corridor-tables-intro = Cada corredor migratório com uma organização em cada ponta pode virar uma mesa onde elas se encontram: as do país de onde as pessoas saem e as do país para onde vão. Marque as mesas que quer sugerir no quadro do espaço aberto; as organizações ficam marcadas como interessadas, e depois qualquer pessoa pode convocá-las.
corridor-tables-empty = Ainda não há nenhum corredor com uma organização em cada ponta. Adicione corredores às organizações (Diretório → Organizações) ou importe-os com a lista de organizações.
corridor-tables-origin = Origem:
corridor-tables-destination = Destino:
corridor-tables-elsewhere = Também:
corridor-tables-on-board = no quadro
corridor-tables-publish = Sugerir estas mesas no quadro
corridor-tables-none-chosen = Marque pelo menos uma mesa para sugerir.
corridor-tables-added = { $count ->
    [0] Nenhuma mesa adicionada.
    [one] 1 mesa adicionada ao quadro.
   *[other] { $count } mesas adicionadas ao quadro.
}
corridor-tables-already = { $count ->
    [0] {""}
    [one] 1 já estava no quadro.
   *[other] { $count } já estavam no quadro.
}
corridor-table-description = Organizações na origem: { $origin }. No destino: { $destination }.
region-northern-africa = Norte da África
region-eastern-africa = África Oriental
region-middle-africa = África Central
region-southern-africa = África Austral
region-western-africa = África Ocidental
region-caribbean = Caribe
region-central-america = América Central
region-south-america = América do Sul
region-northern-america = América do Norte
region-central-asia = Ásia Central
region-eastern-asia = Ásia Oriental
region-south-eastern-asia = Sudeste Asiático
region-southern-asia = Ásia Meridional
region-western-asia = Ásia Ocidental
region-eastern-europe = Europa Oriental
region-northern-europe = Europa Setentrional
region-southern-europe = Europa Meridional
region-western-europe = Europa Ocidental
region-australia-new-zealand = Austrália e Nova Zelândia
region-melanesia = Melanésia
region-micronesia = Micronésia
region-polynesia = Polinésia
region-antarctica = Antártida
region-elsewhere = Outros lugares

## Questionnaires
questionnaires-title = Questionários
questionnaires-none = Não há nenhum questionário aberto.
questionnaire-new = Novo questionário
questionnaire-title-field = Título
questionnaire-create = Criar e adicionar perguntas
questionnaire-anonymous = Anônimo (como a avaliação)
questionnaire-anonymous-help = Não fica registrado quem deu as respostas, por isso elas não podem ser alteradas depois de enviadas. Cada pessoa pode responder uma única vez.
questionnaire-anonymous-short = anônimo
questionnaire-anonymous-note = Anônimo: o seu nome não fica guardado com as suas respostas.
questionnaire-anonymity-fixed = Algumas pessoas já responderam, por isso não é mais possível mudar se o questionário é anônimo ou não.
questionnaire-question-count = { $count ->
    [one] 1 pergunta
   *[other] { $count } perguntas
}
questionnaire-response-count = { $count ->
    [0] ainda não há respostas
    [one] 1 pessoa respondeu
   *[other] { $count } pessoas responderam
}
questionnaire-answer = Responder
questionnaire-change-answers = Alterar minhas respostas
questionnaire-answered = Respondido
questionnaire-open = Aberto
questionnaire-open-until = Aberto até { $at }
questionnaire-opens = Abre em { $at }
questionnaire-closed-label = Encerrado
questionnaire-closed = Este questionário está encerrado: não é mais possível enviar nem alterar respostas.
questionnaire-answered-already = Você já respondeu a este questionário anônimo. Agradecemos a sua participação.
questionnaire-preview = Ver como as pessoas participantes veem
questionnaire-settings = Título, datas e anonimato
questionnaire-opens-field = Abertura (opcional)
questionnaire-closes-field = Encerramento (opcional)
questionnaire-bad-time = “{ $value }” não é uma data e hora válida.
questionnaire-closes-before-opening = O encerramento do questionário precisa ser depois da abertura.
questionnaire-saved = Salvo.
questionnaire-questions = Perguntas
questionnaire-no-questions = Ainda não há perguntas: adicione a primeira abaixo. As pessoas participantes veem o questionário quando ele tem pelo menos uma pergunta.
questionnaire-too-many-questions = Um questionário pode ter no máximo { $max } perguntas.
questionnaire-title-needed = Informe o título em { $lang }, o primeiro idioma da consulta.
questionnaire-text-too-long = Um texto tem mais de { $max } caracteres.
questionnaire-text-nul = Um texto contém um caractere NUL.
questionnaire-thanks = Agradecemos a sua participação: as suas respostas foram salvas. Você pode alterá-las até o questionário ser encerrado.
questionnaire-thanks-anonymous = Agradecemos a sua participação: as suas respostas foram salvas, sem o seu nome.
questionnaire-fix-answers = Algumas respostas precisam da sua atenção: veja as mensagens abaixo.
questionnaire-editing = Você já respondeu; altere o que quiser e salve de novo.
questionnaire-send = Enviar minhas respostas
questionnaire-save-changes = Salvar minhas alterações
question-add = Adicionar a pergunta
question-edit = Alterar esta pergunta
question-delete = Excluir
question-move-up = Mover para cima
question-move-down = Mover para baixo
question-text = Pergunta
question-kind = Tipo de resposta
question-kind-short = Texto curto
question-kind-long = Texto longo
question-kind-single = Uma opção
question-kind-multiple = Várias opções
question-kind-countries = Países
question-kind-scale = Escala de 1 a 5
question-kind-yes_no = Sim ou não
question-kind-unknown = Tipo de pergunta desconhecido: “{ $value }”.
question-choices = Opções, uma por linha
question-choices-help = Só para “Uma opção” e “Várias opções”. As traduções vão na mesma ordem, uma por linha.
question-required = obrigatória
question-shared = respostas visíveis para as pessoas participantes
question-shared-field = Todas as pessoas com sessão iniciada podem ler as respostas (caso contrário, somente a organização)
question-suggests-topics = sugere temas
question-suggests-topics-field = Agrupar as respostas em sugestões de temas para o espaço aberto
question-text-needed = Escreva a pergunta em { $lang }, o primeiro idioma da consulta.
question-duplicate = O questionário já pergunta “{ $text }”.
question-choices-count = Informe de 2 a { $max } opções, uma por linha.
question-choice-needed = Cada opção precisa do seu texto em { $lang }.
question-choice-twice = A opção “{ $choice }” aparece duas vezes.
question-suggests-needs-text = Só respostas de texto curto ou longo podem sugerir temas.
answer-required = Por favor, responda a esta pergunta.
answer-invalid = “{ $value }” não é uma das respostas possíveis.
answer-too-long = A resposta tem mais de { $max } caracteres.
answer-one-choice = Escolha só uma resposta.
answer-yes = Sim
answer-no = Não
answer-countries-help = Segure Ctrl (ou ⌘) para escolher vários países.
scale-1 = 1 – nada
scale-2 = 2
scale-3 = 3
scale-4 = 4
scale-5 = 5 – muito

## Results
results-title = Resultados
results-responses = { $count ->
    [one] Respostas de 1 pessoa
   *[other] Respostas de { $count } pessoas
}
results-answered = Responderam: { $count }
results-fewer-than-3 = menos de 3
results-small-counts = Contagens abaixo de 3 aparecem como “menos de 3”, para que uma resposta rara não permita identificar uma pessoa.
results-csv = Baixar os resultados (CSV)
results-csv-question = Pergunta
results-csv-answer = Resposta
results-csv-count = Contagem
results-csv-organisation = Organização
results-csv-language = Idioma

## Topic suggestions
suggestions-title = Sugestões de temas
suggestions-intro = As respostas que tratam do mesmo tema são agrupadas, seja qual for o idioma. Renomeie, mescle, divida ou descarte os grupos; depois, publique-os no quadro do espaço aberto como temas sugeridos, com as organizações de quem respondeu marcadas como interessadas.
suggestions-no-question = Nenhuma pergunta deste questionário sugere temas. Marque uma com “Agrupar as respostas em sugestões de temas” no questionário.
suggestions-no-model-help = O modelo de temas não está instalado neste servidor, por isso não é possível agrupar as respostas. Defina CONVENE_MODEL com o arquivo e5-small-q4.bin (veja o README).
suggestions-no-model = O modelo de temas não está disponível: { $why }
suggestions-answers = { $count ->
    [one] 1 resposta
   *[other] { $count } respostas
}
suggestions-waiting = { $count ->
    [one] 1 ainda sendo lida
   *[other] { $count } ainda sendo lidas
}
suggestions-group = Agrupar as respostas
suggestions-regroup = Agrupar de novo (as sugestões publicadas continuam)
suggestions-done = Pronto.
suggestion-on-board = no quadro
suggestion-organisations = Organizações interessadas: { $organisations }
suggestion-publish = Publicar no quadro
suggestion-drop = Descartar
suggestion-curate = Renomear, mesclar ou dividir
suggestion-title = Título
suggestion-rename = Renomear
suggestion-merge-into = Mesclar em
suggestion-merge = Mesclar
suggestion-merge-choose = Escolha a sugestão na qual esta será mesclada.
suggestion-split-answers = Respostas a mover para uma nova sugestão
suggestion-new-title = Título da nova sugestão
suggestion-split = Dividir
suggestion-title-needed = Uma sugestão precisa de um título com no máximo { $max } caracteres.
suggestion-split-some = Escolha algumas das respostas, não todas, para separá-las.
suggestion-published-already = Esta sugestão já está no quadro.
suggestion-action-unknown = Ação desconhecida: “{ $value }”.
suggestion-topic-interested = Sugerido pelo questionário. Organizações interessadas: { $organisations }
questionnaire-translations = Traduções para os outros idiomas
my-questionnaire-waiting = O questionário “{ $title }” aguarda as suas respostas.

## Importing answers
import-answers-title = Importar respostas de outra ferramenta de formulários
import-answers-file = Arquivo CSV de respostas
import-answers-check = Verificar o arquivo
import-answers-choose-file = Escolha um arquivo CSV de respostas.
import-answers-failed = O arquivo não foi importado; nada foi salvo
import-answers-preview = Nada foi salvo ainda: verifique como o arquivo é lido
import-answers-done = As respostas foram importadas
import-answers-apply = Importar estas respostas
import-answers-rows = { $count ->
    [one] 1 linha de respostas.
   *[other] { $count } linhas de respostas.
}
import-answers-matched = { $count ->
    [0] Nenhuma linha corresponde a uma pessoa participante.
    [one] 1 linha corresponde a uma pessoa participante; as respostas anteriores dela são substituídas.
   *[other] { $count } linhas correspondem a pessoas participantes; as respostas anteriores delas são substituídas.
}
import-answers-column = Coluna
import-answers-read-as = Lida como
import-answers-column-email = endereço de e-mail da pessoa
import-answers-column-name = nome da pessoa
import-answers-column-not-read = não lida
import-answers-unmatched = Estas linhas não correspondem a ninguém do diretório; as respostas delas são mantidas sem vínculo com nenhuma pessoa:
import-answers-line = linha { $line }
import-answers-format = Uma linha de cabeçalho com os textos das perguntas, em qualquer um dos idiomas do questionário, e uma linha por pessoa, do jeito que o Google Forms, o KoboToolbox ou o LimeSurvey exportam. Uma coluna “email” (e-mail) ou “name” (nome) permite reconhecer as pessoas do diretório. Várias opções numa mesma célula são separadas por vírgulas ou ponto e vírgula. Separado por vírgulas ou ponto e vírgula, em UTF-8 com ou sem BOM; se alguma linha estiver errada, nada é salvo.
import-answers-no-question-column = Nenhuma coluna é uma pergunta deste questionário. As colunas são: { $found }
import-answers-person-twice = { $who } já respondeu na linha { $line }.
import-answers-empty = O arquivo não tem linhas de respostas.
