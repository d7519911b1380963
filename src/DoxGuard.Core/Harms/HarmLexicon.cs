using System.Collections.Frozen;

namespace DoxGuard.Harms;

/// <summary>
/// The cue words and phrases of <see cref="HarmCue"/>, English and Spanish, stored folded (lower-case, no accents,
/// de-leeted) so that "Cáiganle", "caiganle" and "c4iganle" hit the same entry. Phrases are up to three words.
/// </summary>
internal static class HarmLexicon
{
    private static readonly (HarmCue Cue, string[] Entries)[] Table =
    [
        (HarmCue.AddressWord, [
            "address", "addy", "addr", "lives at", "lives on", "lives in", "living at", "his house", "her house",
            "their house", "his home", "her home", "home address", "house", "home", "apartment", "apt", "street", "st",
            "ave", "avenue", "blvd", "boulevard", "rd", "road", "lane", "drive", "dr", "unit", "suite", "zip", "zipcode",
            "residence", "crib", "door", "doorstep", "porch", "driveway", "neighborhood", "dirección", "direccion", "domicilio",
            "vive en", "su casa", "casa", "calle", "avenida", "av", "colonia", "col", "depto", "departamento", "número exterior",
            "fraccionamiento", "barrio", "puerta", "cp", "código postal", "vecindario", "hogar"]),
        (HarmCue.PhoneWord, [
            "phone", "cell", "cellphone", "mobile", "number", "digits", "#", "tel", "whatsapp", "wa", "text him", "text her",
            "ring", "landline", "teléfono", "telefono", "celular", "cel", "número", "numero", "whats", "marcarle", "marquen"]),
        (HarmCue.EmailWord, ["email", "e-mail", "mail", "gmail", "inbox", "correo", "correo electrónico", "hotmail"]),
        (HarmCue.VehicleWord, [
            "plate", "plates", "license plate", "tag", "tags", "car", "truck", "suv", "van", "vehicle", "drives", "driving",
            "parked", "sedan", "pickup", "tesla", "honda", "toyota", "ford", "placa", "placas", "carro", "coche", "camioneta",
            "auto", "vehículo", "vehiculo", "maneja", "estaciona"]),
        (HarmCue.FamilyWord, [
            "wife", "husband", "kids", "kid", "children", "child", "son", "daughter", "mother", "mom", "father", "dad",
            "family", "parents", "sister", "brother", "girlfriend", "boyfriend", "baby", "grandma", "esposa", "esposo",
            "marido", "mujer", "hijos", "hijo", "hija", "hijas", "niños", "ninos", "madre", "mamá", "mama", "padre", "papá",
            "papa", "familia", "hermana", "hermano", "novia", "novio", "abuela", "chamacos"]),
        (HarmCue.SchoolWord, [
            "school", "schools", "elementary", "high school", "daycare", "kindergarten", "class", "classes", "campus",
            "escuela", "colegio", "primaria", "secundaria", "prepa", "kínder", "kinder", "guardería", "guarderia", "salón"]),
        (HarmCue.WorkplaceWord, [
            "works at", "works", "work", "office", "job", "shift", "workplace", "employer", "boss", "precinct", "station",
            "courthouse", "trabaja", "trabajo", "oficina", "turno", "chamba", "jefe", "empresa", "comisaría", "juzgado"]),
        (HarmCue.RoutineWord, [
            "every morning", "every night", "every day", "every evening", "leaves at", "gets off", "leaves", "schedule",
            "routine", "walks", "jogs", "gym", "commute", "drops off", "picks up", "alone", "usually", "always", "am", "pm",
            "oclock", "o'clock", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekends",
            "todas las mañanas", "todos los días", "todos los dias", "cada mañana", "cada noche", "sale a", "sale de",
            "horario", "rutina", "camina", "corre", "gimnasio", "solo", "sola", "siempre", "lunes", "martes", "miércoles",
            "jueves", "viernes", "sábado", "domingo", "hrs", "horas", "guard", "guards", "camera", "cameras", "entrance",
            "back door", "fence", "gate", "unguarded", "cámaras", "camaras", "guardia", "entrada", "reja", "portón"]),
        (HarmCue.IdentityWord, [
            "ssn", "social security", "dob", "born", "birthday", "date of birth", "real name", "full name", "id",
            "license", "passport", "ip", "curp", "rfc", "ine", "fecha de nacimiento", "nombre completo", "nació", "nacio",
            "cédula", "cedula", "pasaporte"]),
        (HarmCue.FirstPerson, [
            "i", "i'm", "im", "me", "my", "mine", "myself", "we", "us", "our", "ours", "i'll", "ill", "we'll", "we're",
            "yo", "mi", "mis", "nosotros", "nuestro", "nuestra", "conmigo"]),
        (HarmCue.SecondPerson, [
            "you", "your", "yours", "u", "ur", "you're", "youre", "yourself", "tu", "tú", "tus", "te", "ti", "usted",
            "contigo", "ustedes"]),
        (HarmCue.ThirdPerson, [
            "he", "she", "him", "her", "his", "hers", "they", "them", "their", "this guy", "this woman", "this dude", "él",
            "ella", "su", "sus", "lo", "le", "ese", "esa", "este", "esta", "ese wey", "ese güey", "fulano"]),
        (HarmCue.RoleWord, [
            "officer", "officers", "cop", "cops", "police", "policeman", "agent", "agents", "ice", "cbp", "fbi", "dea",
            "atf", "judge", "justice", "deputy", "sheriff", "prosecutor", "da", "detective", "sergeant", "trooper",
            "marshal", "warden", "guard", "senator", "congressman", "congresswoman", "mayor", "governor", "councilman",
            "councilwoman", "official", "journalist", "reporter", "doctor", "nurse", "teacher", "principal", "juez",
            "jueza", "agente", "agentes", "policía", "policia", "oficial", "fiscal", "migra", "comandante", "alcalde",
            "alcaldesa", "gobernador", "diputado", "diputada", "senador", "senadora", "periodista", "reportero",
            "magistrado", "ministro", "funcionario", "maestra", "maestro", "militar", "soldado", "ministerio público"]),
        (HarmCue.Money, [
            "racks", "rack", "bands", "band", "stacks", "stack", "grand", "k", "btc", "bitcoin", "eth", "ethereum", "usdt",
            "xmr", "monero", "crypto", "dollars", "dollar", "bucks", "cash", "usd", "pesos", "peso", "mil pesos",
            "mil dólares", "dólares", "dolares", "varos", "lana", "billete", "feria", "paca", "pacas", "money", "dinero",
            "plata", "a bag", "bag", "bags", "euros", "$", "quid", "g", "gs"]),
        (HarmCue.RewardWord, [
            "reward", "rewards", "bounty", "bounties", "pay", "paying", "paid", "payout", "pays", "prize", "will pay",
            "i'll pay", "i will pay", "offering", "offer", "compensated", "tip", "finder's fee", "for whoever", "whoever",
            "first person", "to anyone who", "anyone who", "recompensa", "recompensas", "pago", "pagamos", "precio", "pongo precio", "sending", "i'll send", "send you", "gift card", "name your price", "te pago", "les pago", "bizum", "zelle", "lucas", "pagaré",
            "pagare", "pagaría", "premio", "ofrezco", "ofrecemos", "quien", "al que", "a quien", "el que", "doy",
            "le doy", "les doy", "te doy", "tier", "tiers", "venmo", "cashapp", "paypal", "wallet"]),
        (HarmCue.CallToAction, [
            "go to", "show up", "pull up", "roll up", "visit", "call", "call him", "call her", "flood", "spam", "blow up",
            "swarm", "find", "find him", "find her", "track", "track down", "let's", "lets", "let us", "get him",
            "get her", "go get", "pay a visit", "pay him a visit", "make sure", "dm", "message", "email him", "text",
            "surround", "camp", "camp out", "follow", "follow him", "protest at", "knock", "harass", "report", "mass report",
            "we need to", "you need to", "find where", "one by one", "we handle", "organizes", "biggest crowd", "bring friends", "you know what to do", "somebody", "someone", "go", "gather", "meet at", "meet up", "tonight", "tail", "tail him", "follow them", "everyone order", "send his", "send her", "tag his", "tag her", "mass report", "make him famous", "post the", "post his", "ojos sobre", "síganla", "siganla", "tóquenle", "toquenle", "reventarle", "a reventarle", "traigan gente", "vamos todos", "todos a",
            "vayan", "vamos", "vamos a", "cáiganle", "caiganle", "llámenle", "llamenle", "llamen", "llénenle",
            "llenenle", "lleguen", "visitemos", "visítenlo", "visitenlo", "hay que", "búsquenlo", "busquenlo",
            "encuéntrenlo", "encuentrenlo", "síganlo", "siganlo", "rodeen", "funen", "quemen", "saturen", "escríbanle",
            "escribanle", "manden", "acudan", "vengan", "juntémonos", "juntemonos", "vamos por",
            "who's in", "whos in", "carpool", "car pool", "we'll be at", "well be at", "meet there", "meeting point",
            "rendezvous", "we roll", "roll out", "ride with", "quién se apunta", "quien se apunta", "quién jala",
            "quien jala", "aventón", "aventon", "punto de reunión", "punto de reunion", "nos vemos en", "nos juntamos",
            "caemos", "llegamos a", "nos lanzamos",
            "heading to", "headed to", "heading over", "we're heading", "shows up", "follows", "take turns",
            "who follows", "que siga", "que sigan", "que vaya", "que vayan", "nos repartimos",
            "faltan voluntarios", "rumbo a"]),
        (HarmCue.EveryoneWord, [
            "everyone", "everybody", "all of you", "y'all", "yall", "guys", "people", "folks", "anyone", "anybody",
            "todos", "todas", "raza", "banda", "gente", "alguien", "cualquiera", "chavos", "compas", "amigos"]),
        (HarmCue.SpreadWord, [
            "spread", "share", "rt", "retweet", "repost", "boost", "signal boost", "pass it on", "make it viral", "viral",
            "expose", "exposed", "difundan", "difundir", "compartan", "comparte", "compartir", "rt plis", "viralicen",
            "hagan viral", "exhiban", "exhibir", "quemen"]),
        (HarmCue.Quotation, [
            "\"", "“", "”", "«", "»", "quote", "quoting", "quoted", "saying", "cita", "citando", "textual"]),
        (HarmCue.ReportingWord, [
            "said", "says", "wrote", "tweeted", "posted", "reported", "reports", "reportedly", "according to", "police say",
            "police said", "authorities", "alleged", "allegedly", "news", "article", "headline", "breaking", "statement",
            "officials said", "investigation", "investigating", "suspect", "según", "segun", "denunció", "denuncio",
            "dijo", "afirmó", "afirmo", "informó", "informo", "reportó", "reporto", "publicó", "publico", "escribió",
            "escribio", "declaró", "declaro", "noticia", "nota", "autoridades", "presuntamente", "investigación",
            "investigacion", "sospechoso", "comunicado", "medios"]),
        (HarmCue.CourtWord, [
            "arrested", "charged", "sentenced", "convicted", "indicted", "court", "trial", "jury", "pleaded", "plea",
            "prison", "jail", "years in prison", "federal charges", "lawsuit", "case", "detained", "custody", "prosecuted",
            "detenido", "detenida", "arrestado", "arrestada", "acusado", "acusada", "condenado", "condenada",
            "sentenciado", "sentenciada", "juicio", "tribunal", "fiscalía", "fiscalia", "vinculado a proceso", "prisión",
            "prision", "cárcel", "carcel", "años de prisión", "proceso", "imputado", "cargos", "sentence", "verdict", "testified", "testimony", "witness", "hearing", "the defendant",
            "defendant", "victim", "the victim", "prosecutors", "jurors", "guilty", "acquitted", "la sentencia", "sentencia",
            "el acusado", "la acusada", "la víctima", "victima", "testigo", "testigos", "audiencia", "jurado", "fallo",
            "condena", "considera probado", "declaró culpable", "culpable", "absuelto"]),
        (HarmCue.CondemnWord, [
            "condemn", "condemns", "unacceptable", "disgusting", "sick", "vile", "not ok", "not okay", "never ok",
            "this is a threat", "report this", "reported this", "blocked", "block", "stay safe", "if you receive",
            "if you get", "do not engage", "don't engage", "contact police", "call 911", "screenshot", "warning",
            "be careful", "solidarity", "support", "condeno", "condenamos", "repudio", "repudiamos", "inaceptable",
            "asqueroso", "denuncien", "denunciar", "bloqueen", "cuídense", "cuidense", "alerta", "solidaridad",
            "no está bien", "no esta bien", "ojo", "aguas"]),
        (HarmCue.FictionWord, [
            "movie", "film", "novel", "book", "chapter", "character", "characters", "episode", "season", "series", "show",
            "game", "level", "boss", "quest", "npc", "gta", "fortnite", "cod", "dnd", "d&d", "campaign", "fanfic", "fic",
            "script", "scene", "villain", "plot", "trailer", "actor", "anime", "manga", "comic", "story", "lyrics", "song",
            "rap", "album", "película", "pelicula", "peli", "novela", "serie", "capítulo", "capitulo", "personaje",
            "juego", "videojuego", "partida", "nivel", "escena", "villano", "trama", "cuento", "canción", "cancion",
            "letra", "telenovela", "temporada", "screen", "the screen", "netflix", "hbo", "watched", "watching", "binge",
            "podcast", "documentary", "documental", "true crime", "la pantalla", "pantalla", "vi la", "cine"]),
        (HarmCue.IdiomWord, [
            "killing me", "killed it", "kill it", "killing it", "killer", "dying", "i'm dead", "im dead", "dead 💀",
            "murdered it", "slay", "slayed", "bomb", "the bomb", "shot", "take a shot", "my boss", "deadline", "traffic",
            "homework", "exam", "monday", "to death", "die laughing", "me muero", "me mata", "me está matando",
            "me esta matando", "se murió de risa", "muero de", "mata de risa", "la neta", "qué oso", "que oso",
            "ando muerto", "tráfico", "trafico", "tarea", "examen"]),
        (HarmCue.Laughter, [
            "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jk", "xd", "jaja", "jajaja", "jajajaja", "jeje",
            "jsjs", "😂", "🤣", "😅"]),
        (HarmCue.ViolenceWord, [
            "kill", "kills", "killed", "killing", "murder", "murdered", "shoot", "shot", "shooting", "stab", "stabbed",
            "hurt", "beat", "beating", "burn", "burned", "bomb", "hang", "hanged", "lynch", "rape", "die", "dead", "death",
            "handle", "handled", "whack", "smoke", "pop", "popped", "end him", "end her", "take him out", "take her out",
            "take care of", "execute", "slit", "strangle", "torture", "bleed", "blood", "grave", "body bag", "6 feet",
            "six feet", "erase", "eliminate", "disappear", "regret", "pay for", "punish", "break his", "break her",
            "matar", "mato", "maten", "matarlo", "matarla", "mátenlo", "matenlo", "muerto", "muerta", "muera", "mueran",
            "morir", "balear", "balacera", "plomo", "plomazo", "quemar", "golpear", "madrazos", "madriza", "apuñalar",
            "ahorcar", "colgar", "levantar", "levantón", "levanton", "desaparecer", "ejecutar", "torturar", "sangre",
            "tumba", "fosa", "chingar", "partir la madre", "romper la madre", "darle piso", "darle cuello", "quebrar",
            "bajar", "descuartizar", "cuerno", "pagar caro", "arrepentir", "arrepentirás", "daño", "hacerle daño",
            "lastimar", "lastimarlo", "lastimarla"]),
        (HarmCue.WeaponWord, [
            "gun", "guns", "bats", "bat", "rifle", "hammer", "crowbar", "fire", "torch", "torches", "something heavy", "ar", "ar-15", "glock", "pistol", "knife", "blade", "bullet", "bullets", "ammo",
            "rope", "gasoline", "molotov", "explosive", "bomb", "pipe bomb", "strap", "strapped", "piece", "bat",
            "arma", "armas", "pistola", "cuchillo", "navaja", "bala", "balas", "cuerno de chivo", "gasolina", "cuerda",
            "fierro", "machete"]),
        (HarmCue.FutureIntent, [
            "will", "gonna", "going to", "i'll", "ill", "we'll", "soon", "tonight", "tomorrow", "watch", "wait",
            "coming", "next", "someday", "one day", "when i", "when we", "you'll", "youll", "better watch", "is coming",
            "va a", "voy a", "vamos a", "vas a", "van a", "pronto", "mañana", "esta noche", "ya verás", "ya veras",
            "te va a", "espera", "cuando", "algún día", "algun dia", "ya sabes"]),
        (HarmCue.KnowWhere, [
            "know where", "i know where", "we know where", "found where", "we found", "found you", "see you", "seen you",
            "watching you", "we're watching", "sé dónde", "se donde", "sabemos dónde", "sabemos donde", "sé donde",
            "te tenemos ubicado", "ubicado", "ubicada", "te vi", "te estamos viendo", "te estoy viendo", "ya sabemos"]),
        (HarmCue.InfoRequest, [
            "anyone have", "anyone has", "if anyone has", "anyone got", "who got", "who's got", "what school", "anyone know", "does anyone", "crowdsource", "who has", "need his", "need her", "need the", "looking for",
            "find out", "dig up", "dox", "doxx", "doxxed", "info on", "drop his", "drop her", "drop the", "where does",
            "where he lives", "where she lives", "alguien sabe", "alguien tiene", "quién tiene", "quien tiene",
            "quién sabe", "quien sabe", "pasen", "necesito", "busco", "buscamos", "dónde vive", "donde vive", "info de",
            "datos de", "sus datos"]),
        (HarmCue.OwnDetails, [
            "my number", "my phone", "my email", "my address", "contact me", "call me", "text me", "dm me", "email me",
            "reach me", "my cell", "my office", "my store", "our store", "our office", "our number", "mi número",
            "mi numero", "mi correo", "mi dirección", "mi direccion", "mi cel", "llámame", "llamame", "escríbeme",
            "escribeme", "contáctame", "contactame", "mándame", "mandame", "nuestro número", "nuestro numero",
            "nuestra tienda", "nuestra oficina"]),
        (HarmCue.BusinessWord, [
            "store", "shop", "restaurant", "cafe", "bakery", "business", "open", "hours", "office hours", "located",
            "visit us", "call us", "appointments", "appointment", "customer", "customers", "service", "services", "sale",
            "delivery", "city hall", "clinic", "hospital", "library", "embassy", "consulate", "department", "agency",
            "hotline", "toll free", "tienda", "negocio", "restaurante", "panadería", "panaderia", "horario de atención",
            "atención", "atencion", "abierto", "citas", "cita", "servicio", "servicios", "ventas", "envíos", "envios",
            "ayuntamiento", "clínica", "clinica", "biblioteca", "embajada", "consulado", "dependencia", "línea",
            "linea", "sucursal"]),
        (HarmCue.ConditionalWord, [
            "if", "unless", "or else", "otherwise", "if you", "if he", "si", "si no", "o si no", "a menos que"]),
        (HarmCue.WishWord, [
            "hope", "hope he", "hope she", "wish", "deserves", "deserve", "should be", "needs to be", "must be",
            "ought to", "ojalá", "ojala", "merece", "merecen", "debería", "deberia", "deberían", "deberian", "que se muera"]),
        (HarmCue.OpinionWord, [
            "think", "believe", "opinion", "policy", "vote", "voted", "election", "law", "laws", "government", "congress",
            "immigration", "deportation", "deportations", "abolish", "defund", "reform", "protest", "rights", "border",
            "agree", "disagree", "support", "oppose", "criminal", "corrupt", "creo", "pienso", "opinión", "opinion",
            "política", "politica", "votar", "voto", "elección", "eleccion", "ley", "leyes", "gobierno", "migración",
            "migracion", "deportación", "deportacion", "deportaciones", "reforma", "protesta", "derechos", "frontera",
            "corrupto", "abolir"]),
        (HarmCue.SportsWord, [
            "team", "match", "goal", "score", "scored", "playoffs", "season", "coach", "league", "striker", "defense",
            "offense", "quarterback", "nba", "nfl", "mlb", "fifa", "referee", "ref", "fans", "stadium", "equipo",
            "partido", "gol", "goles", "liga", "entrenador", "árbitro", "arbitro", "afición", "aficion", "estadio",
            "delantero", "portero", "final", "clásico", "clasico"]),
        (HarmCue.VeiledThreat, [
            "be a shame", "would be a shame", "shame if something happened", "accidents happen", "accidents happen to",
            "sleep well while you can", "watch your back", "watch yourself", "you know what to do", "you know what happens",
            "green light", "catch him lacking", "catch her lacking", "catch a body", "on sight", "in the ground",
            "deserves a bullet", "deserve a bullet", "deserves a rope", "last warning", "final warning", "count your days",
            "days are numbered", "won't see", "see you soon", "we're coming", "we are coming", "coming for you",
            "nice house", "nice car", "pretty daughter", "perfect night", "that's where", "the opportunity", "opportunity",
            "no security", "zero security", "doesn't latch", "unlocked", "one guard", "alone", "lacking", "opps", "slide",
            "slide on", "smoke him", "handle him", "handle her", "make him disappear", "pay him a visit", "bring bats",
            "bring something", "bring guns", "bring the", "until they bleed", "bleeding", "bleed",
            "duerme bien mientras puedas", "mientras puedas", "cuídate", "cuidate", "cuídate la espalda", "ya saben qué hacer",
            "ya saben que hacer", "sabes lo que", "dar piso", "darle piso", "dar cuello", "darle cuello", "enfriar",
            "lo vamos a enfriar", "luz verde", "merece una bala", "merecen una bala", "una bala", "tus días están contados",
            "sería una pena", "seria una pena", "qué pena que", "la oportunidad", "ahí está la oportunidad", "sin escolta",
            "sin seguridad", "no tiene cámara", "no tiene camaras", "traigan algo pesado", "traigan lo necesario", "traigan",
            "a que no vuelva", "sentirse seguro", "última advertencia", "ultima advertencia", "precio a su cabeza",
            "precio a la cabeza", "price on his head", "price on her head", "on your head", "on his head", "sobre su cabeza"]),
        (HarmCue.LawfulReward, [
            "bug bounty", "bug bounties", "crime stoppers", "information leading to", "leading to the arrest",
            "leading to an arrest", "bail bond", "bail bonds", "bounty hunter", "bounty hunters", "safe return", "lost",
            "missing", "last seen", "reward offered", "hackerone", "vulnerability", "disclosure", "tip line", "tipline",
            "found dog", "found cat", "se gratifica", "gratificación", "gratificacion", "got out", "ran away", "se perdió", "se perdio", "si lo ves", "if you see", "perdido", "perdida", "extraviado", "extraviada", "se busca", "desaparecido",
            "desaparecida", "recompensa por información", "que lleve a", "lleven a la captura", "cazarrecompensas",
            "denuncia anónima", "denuncia anonima", "089", "911"]),
        (HarmCue.CivicAction, [
            "office", "his office", "her office", "district office", "petition", "sign the petition", "rally", "city hall",
            "town hall", "public comment", "vote no", "vote yes", "vote him out", "vote her out", "voted out", "boycott",
            "recall", "impeach", "impeached", "resign", "fired", "call your representative", "call your senator",
            "write your", "contact your", "peaceful", "peacefully", "march", "marcha", "manifestación", "manifestacion",
            "mitin", "firma", "firmen", "petición", "peticion", "su oficina", "ayuntamiento", "cabildo", "consulta pública",
            "consulta publica", "renuncie", "renuncia", "destitución", "destitucion", "votar", "boicot", "plantón", "planton",
            "state capitol", "capitol", "permit", "permitted", "school board", "council meeting", "public hearing",
            "statehouse", "legislature", "palacio municipal", "presidencia municipal", "con permiso", "congreso",
            "audiencia pública", "audiencia publica", "módulo de atención", "modulo de atencion", "ventanilla",
            "queja formal", "oficio"]),
        (HarmCue.BenignKill, [
            "kill the process", "kill -9", "process", "shoot me", "shoot me the", "target audience", "deer", "buck",
            "hunting", "range", "yards", "recipe", "burger", "finale", "spoil", "spoiler", "killed it", "killing it",
            "proceso", "receta", "cacería", "caceria", "venado", "tiro al blanco", "fusiló al portero", "fusilo al portero"]),
        (HarmCue.PersonalTarget, [
            "his house", "her house", "his home", "her home", "his place", "her place", "his kids", "her kids",
            "his wife", "her husband", "his family", "her family", "his car", "her car", "his personal", "her personal",
            "his cell", "her cell", "his boss", "her boss", "his employer", "her employer", "his church", "his lawn",
            "where he lives", "where she lives", "where they live", "irl", "real name", "personal cell", "personal phone",
            "su casa", "a su casa", "sus hijos", "su esposa", "su esposo", "su familia", "su carro", "su coche", "su cel",
            "su celular", "su número", "su numero", "su jefe", "su trabajo", "dónde vive", "donde vive", "la casa del",
            "la casa de la", "nombre real", "en persona",
            "his driveway", "her driveway", "his door", "her door", "his street", "her street", "his block",
            "her block", "his front", "her front", "su puerta", "su cuadra", "su calle", "su domicilio", "su cochera",
            "su banqueta", "afuera de su"]),
        (HarmCue.PraiseWord, [
            "legend", "legends", "hero", "heroes", "a hero", "hats off", "god's work", "gods work", "did god's work",
            "patriot", "martyr", "good start", "did the job", "respect to", "héroe", "heroe", "héroes", "heroes",
            "leyenda", "mártir", "martir", "hizo justicia", "justicia divina", "buen comienzo", "se lo ganó",
            "se lo gano", "qué valiente", "que valiente", "respeto para"]),
        (HarmCue.NextAttack, [
            "who's next", "whos next", "is next", "are next", "finish the job", "finish what", "finish it", "ten more",
            "more like him", "more like her", "more of that", "more of this", "do it again", "next time", "catches on",
            "a trend", "keep the streak", "how many left", "one down", "two down", "the next one",
            "quién sigue", "quien sigue", "el que sigue", "la que sigue", "que se repita",
            "se repita", "terminar el trabajo", "terminen el trabajo", "acaben el trabajo", "más como él", "mas como el",
            "que cunda", "cunda el ejemplo", "uno menos", "faltan más", "faltan mas"]),
        (HarmCue.Deadline, [
            "only warning", "your only warning", "last chance", "final chance", "running out", "time is running",
            "tick tock", "days left", "hours left", "by friday", "by monday", "by tomorrow", "by tonight", "by sunday",
            "until friday", "until monday", "before friday", "won't be a", "wont be a", "you have until", "you've got until",
            "único aviso", "unico aviso", "último aviso", "ultimo aviso", "tienen hasta", "tienes hasta", "tiene hasta",
            "antes del viernes", "antes del lunes", "hasta el viernes", "hasta el lunes", "se acaba el", "se les acaba",
            "se te acaba", "última oportunidad", "ultima oportunidad", "cuenta regresiva", "tic tac", "les quedan",
            "te quedan"]),
        (HarmCue.Negation, [
            "not", "never", "no", "don't", "dont", "won't", "wont", "wouldn't", "shouldn't", "nobody", "nunca", "jamás",
            "jamas", "nadie", "ni", "tampoco"]),
    ];

    private static readonly FrozenDictionary<string, ulong> Entries = Build();

    /// <summary>The longest phrase, in words.</summary>
    public const int MaxPhraseWords = 3;

    /// <summary>Cue mask of a folded word or space-joined phrase; 0 when it is none.</summary>
    public static ulong Lookup(ReadOnlySpan<char> folded)
    {
        var lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(folded, out ulong mask) ? mask : 0UL;
    }

    // The extractor looks phrases up by a hash it rolls over the post's folded tokens, so that no phrase is copied
    // or hashed twice: the 2-word lookup extends the 1-word hash, and a phrase that starts no longer entry ends the
    // search early (most words start none). Slots hold the entry text to confirm a hit, so a hash collision can
    // never invent a cue.
    private static readonly PhraseTable Phrases = PhraseTable.Build(Entries);

    /// <summary>Initial value of the rolling phrase hash.</summary>
    public const ulong HashStart = 14695981039346656037UL;

    /// <summary>Extends the rolling phrase hash by one folded character (FNV-1a, 64 bits).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong HashChar(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>
    /// The slot of the phrase whose rolling hash is <paramref name="hash"/>, or -1 when the phrase is neither an entry
    /// nor the start of a longer one.
    /// </summary>
    public static int FindSlot(ulong hash) => Phrases.Find(hash);

    /// <summary>True when some longer entry starts with the slot's phrase and a space.</summary>
    public static bool IsPrefix(int slot) => Phrases.IsPrefix(slot);

    /// <summary>The entry text of a slot, or null when the slot is only a prefix.</summary>
    public static string? EntryAt(int slot) => Phrases.TextAt(slot);

    /// <summary>The cue mask of a slot (0 for a prefix only).</summary>
    public static ulong MaskAt(int slot) => Phrases.MaskAt(slot);

    /// <summary>Every entry of <paramref name="cue"/>, folded; for tests and documentation.</summary>
    public static IEnumerable<string> EntriesOf(HarmCue cue)
    {
        ulong bit = 1UL << (int)cue;
        return Entries.Where(e => (e.Value & bit) != 0).Select(e => e.Key);
    }

    private static FrozenDictionary<string, ulong> Build()
    {
        var map = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach ((HarmCue cue, string[] entries) in Table)
        {
            foreach (string entry in entries)
            {
                string folded = TextFolding.FoldPhrase(entry);
                if (folded.Length == 0)
                {
                    continue;
                }

                map[folded] = map.GetValueOrDefault(folded) | (1UL << (int)cue);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed class PhraseTable
    {
        // A slot is 16 bytes (the key, then the cue mask with two flag bits above the cues), four to a cache line:
        // a probe reads one line, and the table (cold after the recognizers run) is a third smaller than with
        // separate flag fields.
        private const ulong UsedBit = 1UL << 63;
        private const ulong PrefixBit = 1UL << 62;
        private const ulong CueBits = PrefixBit - 1;

        private Slot[] _slots = [];
        private string?[] _text = [];
        private int _shift;

        // One bit per key (phrases and their prefixes) under a second hash, 8 KiB: it stays in the first-level cache
        // and answers most tokens, which are no cue, without reading the slot table (a cache miss per token).
        private const int FilterBits = 1 << 16;
        private readonly ulong[] _filter = new ulong[FilterBits / 64];

        public static PhraseTable Build(FrozenDictionary<string, ulong> entries)
        {
            int size = 1;
            while (size < entries.Count * 4)
            {
                size <<= 1;
            }

            var table = new PhraseTable
            {
                _slots = new Slot[size],
                _text = new string?[size],
                _shift = 64 - System.Numerics.BitOperations.Log2((uint)size),
            };

            foreach ((string entry, ulong mask) in entries)
            {
                if ((mask & ~CueBits) != 0)
                {
                    throw new InvalidOperationException("A cue mask uses the phrase table's flag bits; widen the slot.");
                }

                int slot = table.Insert(Hash(entry));
                if (table._text[slot] is { } other && other != entry)
                {
                    throw new InvalidOperationException("Two cue phrases share a 64-bit hash; change the hash seed.");
                }

                table._text[slot] = entry;
                table._slots[slot].Meta |= mask;
                for (int i = 0; i < entry.Length; i++)
                {
                    if (entry[i] == ' ')
                    {
                        table._slots[table.Insert(Hash(entry.AsSpan(0, i)))].Meta |= PrefixBit;
                    }
                }
            }

            return table;
        }

        public int Find(ulong hash)
        {
            int bit = FilterBit(hash);
            if ((_filter[bit >> 6] & (1UL << bit)) == 0)
            {
                return -1;
            }

            Slot[] slots = _slots;
            int mask = slots.Length - 1;
            int slot = (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
            while (slots[slot].Meta != 0)
            {
                if (slots[slot].Key == hash)
                {
                    return slot;
                }

                slot = (slot + 1) & mask;
            }

            return -1;
        }

        public bool IsPrefix(int slot) => (_slots[slot].Meta & PrefixBit) != 0;

        public ulong MaskAt(int slot) => _slots[slot].Meta & CueBits;

        public string? TextAt(int slot) => _text[slot];

        private static int FilterBit(ulong hash) => (int)((hash * 0xC2B2AE3D27D4EB4FUL) >> (64 - 16));

        private int Insert(ulong hash)
        {
            int bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
            int mask = _slots.Length - 1;
            int slot = (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
            while (_slots[slot].Meta != 0 && _slots[slot].Key != hash)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot].Meta |= UsedBit;
            _slots[slot].Key = hash;
            return slot;
        }

        private static ulong Hash(ReadOnlySpan<char> phrase)
        {
            ulong h = HashStart;
            foreach (char c in phrase)
            {
                h = HashChar(h, c);
            }

            return h;
        }

        private struct Slot
        {
            public ulong Key;

            // UsedBit | PrefixBit | cue mask; zero for an empty slot.
            public ulong Meta;
        }
    }
}
