"""Slot fillers for the corpus frames: fictional people, places, numbers and amounts, per language.

Every personal detail is invented: phones use the 555-01xx fiction range (and its look-alikes abroad), SSNs use
the never-assigned 8xx area, street names are made up. Real city names are fine (the brief allows them).
"""

# ---------------------------------------------------------------- shared pieces

EN_FIRST_M = """Dale Travis Kyle Brandon Marcus Derek Cody Trent Wesley Garrett Logan Dustin Shane Nolan Grady Reid
Tucker Colby Jared Darnell Terrence Malik Andre Jamal Curtis Lamar Vince Phil Greg Randall Howard Neil Owen Ethan Caleb
Isaiah Desmond Rory Silas Emmett Boyd Lyle Roscoe Harlan Quentin Wade Brent Clint Jerome Alvin Martin Hector Raymond
Frank Douglas Stuart Ian Gavin Preston""".split()
EN_FIRST_F = """Karen Melissa Brittany Ashley Tanya Deborah Crystal Megan Heather Lindsay Courtney Shauna Tamika Keisha
Monique Rachel Danielle Erin Kelsey Paige Brooke Whitney Valerie Gretchen Colleen Marcy Janelle Lorraine Renee Trisha
Dana Holly Natalie Abigail Hannah Chloe Sydney Jocelyn Priya Mei Aisha Noor Leah Tessa Maren""".split()
EN_LAST = """Whitaker Dunmore Pryce Halvorsen Kettering Marchetti Oyelaran Brandt Castellane Renfro Tillman Vasko
Okafor Delacroix Haskell Pemberton Quist Radley Sorensen Thibodeaux Ulrich Varga Wexler Yancey Zeller Ashby Bramwell
Corliss Dunleavy Eckhart Fairbanks Gorski Hollister Ingram Jankowski Kowalczyk Lindqvist Mabry Nordhoff Ostrander
Pickering Rasmussen Stroud Tolliver Underhill Vickery Wainwright Abernathy Blevins Crenshaw Dorsett Ebersole Fenwick
Goodale Hutchins Irwin Jessup Kimbrough Lockhart""".split()

ES_FIRST_M = """José Luis Juan Carlos Miguel Ángel Jorge Alejandro Fernando Ricardo Eduardo Arturo Raúl Sergio Rodrigo
Javier Óscar Héctor Gerardo Armando Ramiro Ulises Iván Joaquín Emiliano Santiago Mateo Diego Andrés Rubén Gustavo
Alfonso Ignacio Pablo Álvaro Íñigo Xavi Jordi Manolo Paco Chuy Beto Memo Lalo Nacho Toño Pancho""".split()
ES_FIRST_F = """María Guadalupe Lupita Verónica Alejandra Rocío Mariana Daniela Fernanda Ximena Carmen Pilar Marisol
Yesenia Araceli Leticia Paola Brenda Karla Itzel Nayeli Montserrat Lucía Nerea Ainhoa Begoña Consuelo Dolores Esperanza
Rosario Maite Elena Sofía Valeria Camila Renata""".split()
ES_LAST = """Gutiérrez Zamudio Barragán Villaseñor Olvera Cárdenas Echeverría Quintanilla Arredondo Bustamante Cisneros
Domínguez Escobedo Figueroa Galindo Hinojosa Ibarra Jaramillo Lozano Maldonado Navarrete Orozco Pacheco Quezada Rentería
Saldívar Trejo Urrutia Valdivia Yáñez Zaragoza Alcántara Berrocal Carrasco Durán Espinosa Fajardo Garrido Herrera
Iglesias Llorente Montoya Noriega Ocaña Peñalver Rivas Sepúlveda Toledo Uribe Vallejo""".split()

# Invented street names (no attempt at a real address).
EN_STREET = """Larkspur Quenby Halloway Brindlewood Ashcombe Tamsin Ferrow Kestrel Maplecrest Oakhurst Wrenfield
Sablewood Cottonmill Harrowgate Juniper Elm Birchfield Willowmere Stonebrook Foxglove Hartwell Pinecrest Redfern
Thistle Briarcliff Mossy Creek Amberly Copperleaf Hawthorne Lindell Marlow Norwood Ridgeview Saddleback Timberline
Westbury Yarrow Cedar Hollow Bramble""".split()
EN_SUFFIX = "St Street Ave Avenue Rd Road Dr Drive Ln Lane Ct Court Blvd Way Pl Terrace Cir".split()
EN_CITY = [("Chicago", "IL"), ("Phoenix", "AZ"), ("Houston", "TX"), ("El Paso", "TX"), ("San Diego", "CA"),
           ("Tucson", "AZ"), ("Denver", "CO"), ("Atlanta", "GA"), ("Columbus", "OH"), ("Portland", "OR"),
           ("Minneapolis", "MN"), ("Tampa", "FL"), ("Boise", "ID"), ("Omaha", "NE"), ("Raleigh", "NC"),
           ("Spokane", "WA"), ("Milwaukee", "WI"), ("Reno", "NV"), ("Albuquerque", "NM"), ("Laredo", "TX"),
           ("Fresno", "CA"), ("Dayton", "OH"), ("Lubbock", "TX"), ("Knoxville", "TN"), ("Yuma", "AZ")]
EN_AREA = "312 773 602 480 713 915 619 520 303 404 614 503 612 813 208 402 919 509 414 775 505 956 559 937".split()

ES_CALLE_MX = """Hortensias Jacarandas Tulipanes Sauces Olivos Colibrí Tezontle Xochitl Ahuehuetes Cempasúchil Nogales
Magnolias Paseo de los Fresnos Rinconada del Roble Privada Girasoles Cerrada Azahares Andador Pirules Alcatraces
Mezquites Huizache Arrayanes""".split()
ES_COLONIA = """Del Valle, Jardines del Sur, Lomas de Tecamachalco, Santa Fe, Las Águilas, Chapultepec Norte, Residencial
Anáhuac, Mitras Centro, Providencia, Jardines del Bosque, Las Fuentes, Valle Dorado, San Rafael, Nueva Santa María""".replace("\n", " ").split(", ")
ES_CIUDAD_MX = "CDMX Guadalajara Monterrey Tijuana Culiacán Hermosillo Puebla Querétaro León Mexicali Saltillo Toluca Chihuahua Juárez".split()
ES_CALLE_ESP = """de la Almendra, del Pintor Ribalta, de los Alfareros, de Santa Brígida, del Rosal, de la Azucena, del Conde
Miravalle, de Mariano Oleza, de la Tahona, de las Lavanderas""".replace("\n", " ").split(", ")
ES_CIUDAD_ESP = "Madrid Barcelona Sevilla Valencia Zaragoza Málaga Bilbao Murcia Alicante Valladolid Getafe Badalona".split()
ES_CIUDAD_US = [("Los Ángeles", "CA"), ("Houston", "TX"), ("San Antonio", "TX"), ("El Paso", "TX"), ("Phoenix", "AZ"),
                ("Chicago", "IL"), ("Miami", "FL"), ("Pico Rivera", "CA"), ("McAllen", "TX"), ("Santa Ana", "CA"),
                ("Denver", "CO"), ("Dallas", "TX")]
ES_CIUDAD_OTRA = "Bogotá Medellín Lima Santiago Quito Guatemala Tegucigalpa Caracas Rosario Montevideo".split()
MX_LADA = "55 33 81 664 667 662 222 442 477 686 844 722 614 656".split()


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- phones

def us_phone(rng):
    a = pick(rng, EN_AREA)
    x = "01" + d(rng, 2)
    digits = a + "555" + x
    fmt = rng.randrange(12)
    if fmt == 0:
        return f"({a}) 555-{x}"
    if fmt == 1:
        return f"{a}-555-{x}"
    if fmt == 2:
        return f"{a}.555.{x}"
    if fmt == 3:
        return digits
    if fmt == 4:
        return f"+1 {a} 555 {x}"
    if fmt == 5:
        return " ".join(digits)
    if fmt == 6:
        words = "zero one two three four five six seven eight nine".split()
        return " ".join(words[int(c)] for c in digits)
    if fmt == 7:
        return f"{a} 555 {x}"
    if fmt == 8:
        return f"{a}-5five5-{x}"
    if fmt == 9:
        return f"1-{a}-555-{x}"
    if fmt == 10:
        return f"({a})555{x}"
    return f"{a}/555/{x}"


def es_phone(rng):
    r = rng.randrange(10)
    if r < 4:
        lada = pick(rng, MX_LADA)
        rest = "5550" + "01" + d(rng, 2) if len(lada) == 2 else "555" + "01" + d(rng, 2)
        cut = 4 if len(lada) == 2 else 3
        if r == 0:
            return f"{lada} {rest[:cut]} {rest[cut:]}"
        if r == 1:
            return f"+52 {lada} {rest[:cut]} {rest[cut:]}"
        if r == 2:
            return lada + rest
        words = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
        return " ".join(words[int(c)] for c in lada + rest)
    if r < 6:
        n = "6" + d(rng, 2) + "555" + "01" + d(rng, 1)
        return pick(rng, [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n,
                          " ".join(n)])
    return us_phone(rng)


# ---------------------------------------------------------------- addresses

def en_street(rng):
    return f"{pick(rng, EN_STREET)} {pick(rng, EN_SUFFIX)}"


def en_addr(rng):
    num = str(rng.randrange(100, 9900))
    s = f"{num} {en_street(rng)}"
    r = rng.randrange(6)
    if r == 0:
        s += f" Apt {rng.randrange(1, 40)}{pick(rng, 'ABCD')}"
    elif r == 1:
        s += f" #{rng.randrange(100, 999)}"
    if rng.random() < 0.5:
        c, st = pick(rng, EN_CITY)
        s += f", {c}, {st} {rng.randrange(10000, 99999)}" if rng.random() < 0.6 else f", {c} {st}"
    return s


def en_baddr(rng):
    s = f"{rng.randrange(100, 9900)} {en_street(rng)}"
    r = rng.randrange(4)
    if r == 0:
        s += f", Suite {rng.randrange(100, 600)}"
    elif r == 1:
        s += f", Room {rng.randrange(1, 300)}"
    return s


def es_baddr(rng):
    r = rng.randrange(3)
    if r == 0:
        return f"Av. {pick(rng, ES_CALLE_MX)} {rng.randrange(1, 2000)}, local {rng.randrange(1, 40)}"
    if r == 1:
        return f"C/ {pick(rng, ES_CALLE_ESP)} {rng.randrange(1, 90)}, bajo"
    return f"{rng.randrange(100, 9900)} {pick(rng, EN_STREET)} {pick(rng, EN_SUFFIX)}, Suite {rng.randrange(100, 600)}"


def es_addr(rng):
    r = rng.randrange(4)
    if r == 0 or r == 1:
        calle = pick(rng, ES_CALLE_MX)
        base = f"Calle {calle} {rng.randrange(1, 400)}" if r == 0 else f"{calle} #{rng.randrange(1, 2000)}"
        if rng.random() < 0.4:
            base += f" int. {rng.randrange(1, 20)}"
        return f"{base}, Col. {pick(rng, ES_COLONIA)}, {pick(rng, ES_CIUDAD_MX)}"
    if r == 2:
        piso = pick(rng, ["1º", "2º", "3º", "4º", "bajo"])
        return f"C/ {pick(rng, ES_CALLE_ESP)} {rng.randrange(1, 90)}, {piso} {pick(rng, 'ABCD')}, {pick(rng, ES_CIUDAD_ESP)}"
    c, st = pick(rng, ES_CIUDAD_US)
    return f"{rng.randrange(100, 9900)} {pick(rng, EN_STREET)} {pick(rng, EN_SUFFIX)}, {c} {st}"


def es_street(rng):
    r = rng.randrange(3)
    if r == 0:
        return f"calle {pick(rng, ES_CALLE_MX)}"
    if r == 1:
        return f"la calle {pick(rng, ES_CALLE_ESP)}"
    return f"{pick(rng, EN_STREET)} {pick(rng, EN_SUFFIX)}"


# ---------------------------------------------------------------- misc generators

def plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    r = rng.randrange(4)
    if r == 0:
        return f"{rng.randrange(1, 9)}{''.join(pick(rng, L) for _ in range(3))}{d(rng, 3)}"
    if r == 1:
        return f"{''.join(pick(rng, L) for _ in range(3))}-{d(rng, 4)}"
    if r == 2:
        return f"{''.join(pick(rng, L) for _ in range(3))} {d(rng, 3)}"
    return f"{d(rng, 4)} {''.join(pick(rng, L) for _ in range(3))}"


def ssn(rng):
    return f"8{d(rng, 2)}-{rng.randrange(10, 99)}-{d(rng, 4)}"


def dob(rng):
    y = rng.randrange(1958, 2004)
    m = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    return pick(rng, [f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{y % 100:02d}", f"{y}-{m:02d}-{day:02d}"])


def dob_es(rng):
    y = rng.randrange(1958, 2004)
    m = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    meses = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    return pick(rng, [f"{day:02d}/{m:02d}/{y}", f"{day} de {meses[m - 1]} de {y}", f"{day}-{m}-{y % 100:02d}"])


def email(rng, first, last):
    f = first.lower().translate(str.maketrans("áéíóúñü", "aeiounu"))
    l = last.lower().translate(str.maketrans("áéíóúñü", "aeiounu"))
    dom = pick(rng, ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "protonmail.com", "aol.com"])
    r = rng.randrange(5)
    if r == 0:
        return f"{f}.{l}@{dom}"
    if r == 1:
        return f"{f[0]}{l}{rng.randrange(10, 99)}@{dom}"
    if r == 2:
        return f"{f}{l[0]}{rng.randrange(1970, 2005)}@{dom}"
    if r == 3:
        return f"{f} dot {l} at {dom.replace('.', ' dot ')}"
    return f"{f}_{l}@{dom}"


def handle(rng, first, last):
    f = first.lower().translate(str.maketrans("áéíóúñü", "aeiounu"))
    l = last.lower().translate(str.maketrans("áéíóúñü", "aeiounu"))
    return "@" + pick(rng, [f + l, f + "_" + l[:3], l + str(rng.randrange(10, 99)), f[0] + l + "_", f + "the" + l[:4]])


def time_en(rng):
    h = rng.randrange(5, 12)
    m = pick(rng, ["00", "15", "30", "40", "45", "50", "05", "20"])
    return pick(rng, [f"{h}:{m}am", f"{h}:{m} AM", f"around {h}:{m}", f"{h}:{m}", f"{h + 12 - 12 if h > 5 else h}:{m} pm",
                      f"like {h}ish"])


def time_es(rng):
    h = rng.randrange(5, 12)
    m = pick(rng, ["00", "15", "30", "40", "45", "50", "05", "20"])
    return pick(rng, [f"{h}:{m}", f"las {h}:{m}", f"como a las {h}", f"{h}:{m} de la mañana", f"a eso de las {h}",
                      f"{h}:{m} hrs"])


# ---------------------------------------------------------------- per-language slot tables

EN = {
    "role": ["ICE agent", "CBP officer", "Border Patrol agent", "cop", "police officer", "sheriff's deputy",
             "state trooper", "judge", "federal judge", "county judge", "election worker", "poll worker",
             "county clerk", "elections supervisor", "journalist", "reporter", "nurse", "ER nurse", "teacher",
             "kindergarten teacher", "streamer", "Twitch streamer", "school board member", "city councilman",
             "clinic nurse", "prosecutor", "public defender", "immigration lawyer", "activist", "protest organizer",
             "pastor", "detention officer", "ICE contractor", "union rep", "MAGA county chair", "DSA organizer",
             "BLM organizer", "pro-life activist", "drag queen story hour host", "sanctuary city councilwoman",
             "sheriff", "campus cop", "game dev", "TikToker", "podcaster", "landlord", "librarian"],
    "roles": ["ICE agents", "CBP officers", "Border Patrol agents", "cops", "pigs", "police officers", "deputies",
              "judges", "election workers", "poll workers", "journalists", "reporters", "nurses", "teachers",
              "streamers", "prosecutors", "immigration lawyers", "activists", "pastors", "feds", "troopers",
              "abortion doctors", "clerks", "illegals", "antifa types", "MAGA guys", "lawmakers"],
    "agency": ["ICE", "CBP", "Border Patrol", "CPD", "PPD", "HPD", "DPD", "LAPD", "ERO", "HSI", "state police",
               "USMS", "Capitol Police", "DHS"],
    "amount": ["$500", "$1k", "$2k", "$2,500", "$5k", "$5,000", "$10k", "$10,000", "$20k", "$25,000", "$50k",
               "$50,000", "$100k", "$1,500", "$300", "$750", "$3k", "$15k", "$40k", "$200"],
    "big": ["$50k", "$100k", "$25k", "$75,000", "$40k", "$250k", "$60k", "$30,000"],
    "small": ["$200", "$500", "$1k", "$300", "$1,500", "$2k", "$250", "$800"],
    "racks": ["25 racks", "10 racks", "5 racks", "15 racks", "50 racks", "a rack", "3 racks", "40 racks"],
    "bands": ["10 bands", "5 bands", "20 bands", "a band", "15 bands", "30 bands"],
    "crypto": ["0.5 BTC", "1 BTC", "0.25 BTC", "2 ETH", "5 ETH", "10,000 USDT", "3 XMR", "20 XMR", "0.1 BTC",
               "5k in USDC", "half a bitcoin", "50 SOL"],
    "school": ["Lincoln Elementary", "Westview Middle School", "Holy Cross Academy", "Roosevelt High",
               "Maplecrest Elementary", "St. Brendan's", "Cottonwood Middle", "Eastside Montessori", "Jefferson High",
               "Pinecrest Elementary", "Little Sprouts Daycare", "Valley View Elementary"],
    "car": ["silver 2019 Tacoma", "black Charger", "white Honda CR-V", "red F-150", "gray Jeep Wrangler",
            "blue Subaru Outback", "black Tahoe", "white Tesla Model 3", "green Camry", "maroon Silverado",
            "beat-up white Corolla", "black Ram 1500 with a lift kit"],
    "place": ["the Planet Fitness on {street}", "the Kroger on {street}", "St. Mary's on {street}",
              "the Starbucks at {street} and {street}", "the dog park off {street}", "the LA Fitness by the mall",
              "the Costco on {street}", "the Shell station on {street}", "First Baptist on {street}",
              "the daycare on {street}"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "days": ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "weekdays",
             "weekends"],
    "rel": ["wife", "husband", "girlfriend", "daughter", "son", "mom", "kids", "elderly mother", "boyfriend"],
    "emoji": ["😂", "💀", "🙏", "😭", "🔥", "👀", "😤", "🤡", "✨", "👍", "😬", "🥲"],
    "movie": ["John Wick", "The Mandalorian", "Breaking Bad", "Sicario", "Ozark", "The Boys", "Narcos", "Reacher",
              "The Equalizer", "Squid Game", "Yellowstone", "Peaky Blinders", "The Sopranos", "Dexter", "Fargo"],
    "game": ["GTA", "Red Dead 2", "Hitman 3", "Destiny", "Call of Duty", "Warframe", "Fortnite", "Cyberpunk 2077",
             "Payday 3", "Elden Ring", "Apex", "Valorant", "Hunt: Showdown", "Dishonored"],
    "team": ["the Cowboys", "the Bears", "the Packers", "the Eagles", "the Lakers", "the Celtics", "the Dodgers",
             "the Saints", "Chiefs", "the Yankees", "the Warriors", "our JV squad", "the Rangers"],
    "biz": ["Rosa's Taqueria", "Hartwell Auto Body", "Blue Heron Dental", "Kestrel Hardware", "Sunrise Bakery",
            "Pinecrest Family Clinic", "Copperleaf Coffee", "Westbury Vet Clinic", "Elm Street Barbers",
            "Dunmore Plumbing & Heating", "Northside Tire", "Lucky Star Nails"],
    "pet": ["Biscuit", "Luna", "Bear", "Pepper", "Milo", "Daisy", "Rocco", "Mochi", "Zeus", "Penny"],
    "group": ["immigrants", "Mexicans", "Muslims", "Jews", "Black people", "gay people", "trans people", "women",
              "Christians", "white people", "liberals", "conservatives", "Asians", "refugees", "Catholics",
              "Haitians", "migrants", "Democrats", "Republicans", "Sikhs"],
    "lawmaker": ["Senator {last}", "Rep. {last}", "Councilwoman {last}", "Councilman {last}", "Assemblyman {last}",
                 "State Sen. {last}", "Congresswoman {last}", "Alderman {last}", "Supervisor {last}"],
    "official": ["Mayor {last}", "Governor {last}", "Senator {last}", "Sheriff {last}", "Judge {last}",
                 "Councilwoman {last}", "Rep. {last}", "Commissioner {last}", "DA {last}", "Chief {last}",
                 "Secretary {last}"],
}

ES = {
    "role": ["agente de ICE", "agente de la migra", "agente de la Patrulla Fronteriza", "policía", "poli",
             "policía municipal", "agente de tránsito", "guardia civil", "mosso", "juez", "magistrado",
             "funcionario de casilla", "funcionario del INE", "periodista", "reportero", "enfermero del IMSS",
             "maestro", "profe", "streamer", "youtuber", "tiktoker", "regidor", "alcalde", "diputado", "activista",
             "líder del colectivo", "fiscal", "abogado de migrantes", "pastor", "agente de la Guardia Nacional",
             "militar", "concejal", "casero", "sindicalista", "líder vecinal", "comisario", "custodio del penal"],
    "rolef": ["agente de ICE", "policía", "jueza", "magistrada", "funcionaria del INE", "funcionaria electoral",
              "periodista", "reportera", "enfermera", "enfermera del IMSS", "maestra", "profe", "streamer",
              "youtuber", "tiktoker", "regidora", "alcaldesa", "diputada", "activista", "madre buscadora",
              "fiscal", "abogada de migrantes", "concejala", "sindicalista", "líder vecinal", "guardia civil",
              "agente de tránsito", "directora de la escuela"],
    "roles": ["agentes de ICE", "migras", "agentes de la Patrulla Fronteriza", "policías", "polis", "jueces",
              "funcionarios de casilla", "periodistas", "enfermeras", "maestros", "streamers", "regidores",
              "diputados", "activistas", "fiscales", "abogados de migrantes", "militares", "guardias civiles",
              "mossos", "custodios", "chotas", "federales", "tiras", "puercos"],
    "agency": ["ICE", "la migra", "la Patrulla Fronteriza", "la Guardia Nacional", "la municipal", "la estatal",
               "la Fiscalía", "la Guardia Civil", "la Policía Nacional", "los Mossos", "la SSC",
               "Tránsito", "la Policía Federal"],
    "amount": ["20 mil", "50 mil pesos", "5 mil dólares", "10 mil euros", "100 mil", "2 mil varos", "30 mil",
               "$15,000", "200 mil pesos", "3 mil dólares", "mil euros", "500 dólares", "10 mil", "80 mil",
               "un millón de pesos", "40 mil", "1,500 dólares", "25 mil"],
    "big": ["500 mil pesos", "un millón", "50 mil dólares", "100 mil euros", "300 mil", "2 millones de pesos"],
    "small": ["5 mil", "2 mil varos", "mil pesos", "500 dólares", "300 euros", "3 mil"],
    "racks": ["20 mil", "50 mil", "cien mil", "30 mil", "diez mil"],
    "bands": ["50 mil", "cien mil varos", "20 mil dólares", "medio millón"],
    "crypto": ["0.5 BTC", "1 BTC", "2 ETH", "10 mil USDT", "5 XMR", "medio bitcoin", "0.2 BTC", "mil USDT"],
    "school": ["la primaria Benito Juárez", "el kínder Rayito de Sol", "la secundaria técnica 42",
               "el colegio Cervantes", "el CEIP Los Almendros", "el instituto Clara Campoamor",
               "la primaria Niños Héroes", "el Colegio Montessori del Valle", "la Prepa 5",
               "Lincoln Elementary", "la escuela Emiliano Zapata", "el colegio Santa Teresa"],
    "car": ["Jetta blanco", "Tsuru gris", "camioneta Lobo negra", "Aveo rojo", "Seat León azul", "Hilux plateada",
            "Versa blanco", "Golf negro", "Tahoe negra", "Sentra gris", "moto Italika roja", "Ibiza blanco"],
    "place": ["el Oxxo de {street}", "el gimnasio Smart Fit de {street}", "la iglesia de {street}",
              "el Mercadona de {street}", "el mercado de {street}", "la parada del camión en {street}",
              "el Walmart de {street}", "el bar de {street}", "la guardería de {street}"],
    "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "days": ["los lunes", "los martes", "los miércoles", "los jueves", "los viernes", "los sábados",
             "los domingos", "entre semana", "los fines de semana"],
    "rel": ["esposa", "esposo", "novia", "hija", "hijo", "mamá", "hijos", "jefecita", "chamacos", "morra", "críos"],
    "emoji": ["😂", "🤣", "💀", "🙏", "😭", "🔥", "👀", "😤", "🤡", "✨", "👍", "😬", "🥲"],
    "movie": ["John Wick", "El Mandaloriano", "Breaking Bad", "Sicario", "Narcos", "La casa de papel", "El Chapo",
              "La Reina del Sur", "Élite", "El juego del calamar", "Vis a vis", "Señora Acero", "Rápidos y furiosos"],
    "game": ["GTA", "Red Dead 2", "Hitman", "Call of Duty", "Fortnite", "Free Fire", "Valorant", "Elden Ring",
             "Warzone", "Cyberpunk"],
    "team": ["el América", "las Chivas", "los Tigres", "el Cruz Azul", "los Pumas", "el Madrid", "el Barça",
             "el Atleti", "el Betis", "los Rayados", "el Boca", "la selección"],
    "biz": ["Taquería Los Compadres", "Refaccionaria Hermanos Olvera", "Consultorio Dental Sonrisas",
            "Panadería La Espiga", "Ferretería El Tornillo", "Farmacia San Judas", "Bar Casa Paco",
            "Estética Glamour", "Veterinaria Patitas", "Talleres Garrido"],
    "pet": ["Firulais", "Canela", "Chispa", "Rocky", "Luna", "Manchas", "Pelusa", "Max", "Negrita", "Coco"],
    "group": ["los inmigrantes", "los mexicanos", "los musulmanes", "los judíos", "los negros", "los gays",
              "las personas trans", "las mujeres", "los cristianos", "los gringos", "los zurdos", "los fachos",
              "los venezolanos", "los gitanos", "los indígenas", "los chinos", "los moros", "los centroamericanos",
              "los haitianos", "las feministas"],
    "lawmaker": ["el senador {last}", "la diputada {last}", "el diputado {last}", "la regidora {last}",
                 "el concejal {last}", "la senadora {last}", "el legislador {last}"],
    "official": ["el alcalde {last}", "la gobernadora {last}", "el senador {last}", "la jueza {last}",
                 "el fiscal {last}", "la diputada {last}", "el presidente municipal {last}", "la ministra {last}",
                 "el comisario {last}", "la alcaldesa {last}", "el secretario {last}"],
}


def make_slot(lang, rng, cache, gender=None):
    """Returns a resolver: slot name -> text; the same slot name gives the same value within one post.

    gender ("m"/"f") fixes the first person's sex so that the frame's pronouns agree with the name."""
    t = EN if lang == "en" else ES
    first_m, first_f, lasts = (EN_FIRST_M, EN_FIRST_F, EN_LAST) if lang == "en" else (ES_FIRST_M, ES_FIRST_F, ES_LAST)

    def person(idx):
        key = f"_person{idx}"
        if key not in cache:
            fem = rng.random() < 0.4
            if idx == "1" and gender:
                fem = gender == "f"
            cache[key] = (pick(rng, first_f if fem else first_m), pick(rng, lasts), fem)
        return cache[key]

    def resolve(name):
        if name in cache:
            return cache[name]
        base = name.rstrip("0123456789")
        idx = name[len(base):] or "1"
        f, l, fem = person(idx)
        if base == "first":
            v = f
        elif base == "last":
            v = l
        elif base == "name":
            v = f"{f} {l}"
            if lang == "es" and rng.random() < 0.3:
                v += " " + pick(rng, lasts)
        elif base == "fem":
            v = pick(rng, first_f)
        elif base == "kid":
            v = pick(rng, first_f + first_m)
        elif base == "addr":
            v = en_addr(rng) if lang == "en" else es_addr(rng)
        elif base == "baddr":
            v = en_baddr(rng) if lang == "en" else es_baddr(rng)
        elif base == "street":
            v = en_street(rng) if lang == "en" else es_street(rng)
        elif base == "num":
            v = str(rng.randrange(100, 9900))
        elif base == "phone":
            v = us_phone(rng) if lang == "en" else es_phone(rng)
        elif base == "email":
            v = email(rng, f, l)
        elif base == "handle":
            v = handle(rng, f, l)
        elif base == "plate":
            v = plate(rng)
        elif base == "ssn":
            v = ssn(rng)
        elif base == "dob":
            v = dob(rng) if lang == "en" else dob_es(rng)
        elif base == "time":
            v = time_en(rng) if lang == "en" else time_es(rng)
        elif base == "city":
            if lang == "en":
                v = pick(rng, EN_CITY)[0]
            else:
                v = pick(rng, ES_CIUDAD_MX + ES_CIUDAD_ESP + [c for c, _ in ES_CIUDAD_US] + ES_CIUDAD_OTRA)
        elif base == "zip":
            v = str(rng.randrange(10000, 99999))
        elif base == "n":
            v = str(rng.randrange(2, 60))
        elif base == "year":
            v = str(rng.randrange(2015, 2027))
        elif base in t:
            v = pick(rng, t[base])
            v = v.replace("{street}", en_street(rng) if lang == "en" else es_street(rng)).replace("{last}", l)
        else:
            raise KeyError(f"unknown slot {{{name}}}")
        cache[name] = v
        return v

    return resolve
