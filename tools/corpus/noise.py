"""Surface noise for corpus variants: case, typos, emoji, hashtags, punctuation, leetspeak and homoglyphs.

Noise never changes a post's meaning or labels; it only makes sure a classifier cannot key on tidy spelling.
"""

EMOJI = {
    "threat": ["🔪", "💀", "🩸", "😈", "🎯", "⚰️", "🔫", "☠️", "👀"],
    "bounty": ["💰", "💸", "🤑", "💵", "🎯", "💲"],
    "coordination": ["📢", "📍", "🚨", "‼️", "👇", "🫵", "📲"],
    "dox": ["📍", "🏠", "👀", "📞", "🧾"],
    "hard_negative": ["😂", "🙄", "😔", "🙏", "👏", "😬", "🤦", "💯", "😤", "👀", "🤷", "💀", "🎯", "🔥"],
    "negative": ["😊", "🙌", "🎉", "❤️", "😂", "☕", "🌮", "🐶", "👍", "✨"],
}
TAGS_EN = {
    "positive": ["#expose", "#dox", "#justice", "#payback", "#FindHim", "#NoMercy", "#handled", "#AbolishICE",
                 "#BackTheBlue", "#StopTheSteal", "#exposed"],
    "hard_negative": ["#news", "#SafetyTip", "#reported", "#AbolishICE", "#BackTheBlue", "#truecrime", "#gaming",
                      "#NFL", "#mood", "#StopDoxxing", "#1A", "#localnews", "#BugBounty"],
    "negative": ["#blessed", "#MondayMotivation", "#foodie", "#adoptdontshop", "#weekend", "#smallbusiness"],
}
TAGS_ES = {
    "positive": ["#quemado", "#exhibido", "#justicia", "#FueraMigra", "#SeBusca", "#NiPerdónNiOlvido", "#ajuste",
                 "#exhíbanlo", "#ConLosPolicíasNo", "#funado"],
    "hard_negative": ["#noticias", "#denuncia", "#AbolishICE", "#NoALaViolencia", "#LigaMX", "#gamer", "#periodismo",
                      "#ÚltimaHora", "#alerta", "#humor", "#NoAlDoxeo"],
    "negative": ["#bendecido", "#finde", "#comida", "#adopta", "#negocioLocal", "#buenosdías"],
}
LEET = {"kill": "k1ll", "killed": "k1lled", "dead": "d3ad", "die": "d1e", "shoot": "sh00t", "murder": "murd3r",
        "bomb": "b0mb", "address": "addr3ss", "matar": "m4tar", "muerto": "mu3rto", "muera": "mu3ra",
        "balazos": "b4lazos", "plomo": "pl0mo", "dirección": "direcci0n", "cuello": "cu3llo", "body": "b0dy",
        "unalive": "un4live", "bullet": "bull3t", "killing": "k1lling"}
# A dropped or doubled letter can turn an ordinary word into a slur ("counts"): such a typo would put harsh words the
# writer never chose into a post, so it is not made (the rng draws are the same, so no other variant changes).
NOT_A_TYPO = {"cunt", "cunts", "fag", "fags", "faggot", "nigger", "niggers", "nigga", "spic", "spics", "kike", "kikes",
              "retard", "retards", "whore", "whores", "slut", "sluts", "puta", "putas", "puto", "putos", "marica",
              "maricon", "maricón", "mierda", "culero", "culeros", "pendejo", "pendeja", "verga", "coño", "shit",
              "fuck", "fucks", "dick", "dicks", "cock", "cocks", "twat", "twats", "bitch", "bitches", "rape", "raped"}
HOMOGLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}


def _typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = idx[rng.randrange(len(idx))]
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    r = rng.randrange(3)
    if r == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif r == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    if w.lower() in NOT_A_TYPO:  # only all-letter words get typos (idx above): no punctuation to strip
        return text
    words[i] = w
    return " ".join(words)


def _leet(text, rng):
    out = []
    for w in text.split(" "):
        core = w.strip(".,!?¡¿:;").lower()
        if core in LEET and rng.random() < 0.8:
            w = w.lower().replace(core, LEET[core])
        out.append(w)
    return " ".join(out)


def _homoglyph(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w[:1].isupper()]
    if not idx:
        return text
    i = idx[rng.randrange(len(idx))]
    words[i] = "".join(HOMOGLYPH.get(c, c) if rng.random() < 0.5 else c for c in words[i])
    return " ".join(words)


def apply(text, lang, kind, labels, rng, strong=True):
    p = 1.0 if strong else 0.4
    multiline = "\n" in text
    r = rng.random()
    if r < 0.16 * p and not multiline:
        text = text.lower()
    elif r < 0.22 * p and (kind == "positive" or rng.random() < 0.4):
        text = text.upper()
    if rng.random() < 0.18 * p:
        text = _typo(text, rng)
    if rng.random() < 0.15 * p:
        text = _typo(text, rng)
    if kind == "positive" and rng.random() < 0.15 * p:
        text = _leet(text, rng)
    if kind == "positive" and rng.random() < 0.06 * p:
        text = _homoglyph(text, rng)
    if not multiline and rng.random() < 0.12 * p:
        text = text.rstrip(".")
        # A laugh marker turns "te voy a matar" into banter, so positives never get one.
        if lang == "en":
            tails = ["!!", "!!!", "...", " smh", " fr", "??"] + ([] if kind == "positive" else [" lol", " lmao"])
        else:
            tails = ["!!", "!!!", "...", " alv", " neta", " wey", " tío"] + ([] if kind == "positive" else [" jaja", " xd"])
        text = text + rng.choice(tails)
    if rng.random() < 0.2 * p:
        key = labels[rng.randrange(len(labels))] if labels else kind
        text = text + " " + rng.choice(EMOJI[key]) * rng.choice([1, 1, 2, 3])
    if rng.random() < 0.1 * p:
        tags = (TAGS_EN if lang == "en" else TAGS_ES)[kind]
        text = text + " " + rng.choice(tags)
    return text
