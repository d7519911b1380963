namespace DoxGuard.Harms;

/// <summary>
/// Engineered cues the classifier looks for besides raw n-grams. Each is a feature of its own and, paired with the
/// others and with the entity types found, a conjunction feature: a linear model cannot learn "money AND violence"
/// from the two words alone, so the pairs are given to it explicitly.
/// </summary>
internal enum HarmCue
{
    AddressWord,
    PhoneWord,
    EmailWord,
    VehicleWord,
    FamilyWord,
    SchoolWord,
    WorkplaceWord,
    RoutineWord,
    IdentityWord,
    FirstPerson,
    SecondPerson,
    ThirdPerson,
    RoleWord,
    Money,
    RewardWord,
    CallToAction,
    EveryoneWord,
    SpreadWord,
    Quotation,
    ReportingWord,
    CourtWord,
    CondemnWord,
    FictionWord,
    IdiomWord,
    Laughter,
    ViolenceWord,
    WeaponWord,
    FutureIntent,
    KnowWhere,
    InfoRequest,
    OwnDetails,
    BusinessWord,
    ConditionalWord,
    WishWord,
    OpinionWord,
    SportsWord,
    Negation,
    QuestionMark,
    Exclamation,
    VeiledThreat,
    LawfulReward,
    CivicAction,
    BenignKill,
    PersonalTarget,

    // Praise for an attacker or an attack ("hero", "legend", "leyenda"): glorification worded as a call for the next one.
    PraiseWord,

    // "Who's next", "finish the job", "que se repita": a call for another attack.
    NextAttack,

    // A deadline or a last warning ("your only warning", "tienen hasta año nuevo"): threats as time running out.
    Deadline,

    // The cues below are not looked up: the extractor derives them from where the cues above fall, in one clause.

    // Negation within a few words before a violence or weapon word ("no lo quiero muerto", "nobody is going to hurt
    // him"): a bag of cues sees the violence word alone.
    NegatedHarm,

    // Negation just before a call ("nobody go to his house", "no vayan a su casa"): a call voted down.
    NegatedCall,

    // "You" next to any detail of one's life (family, school, routine, home, car, work) in one clause: the veiled
    // threat that names no violence ("your kids get out at 3:15", "you jog alone before sunrise") is worded through
    // one of several kinds of detail, and the pairs see each kind apart.
    YouAndYourLife,

    // A call next to a person's own place ("his house", "su casa"), or next to "him" and a detail of his life, with
    // no office or civic word in that clause and none of the poster's own details in the post (a party at our house).
    PersonalCall,

    // A call next to an office or civic channel, with no personal target and no harm word anywhere in the post.
    OfficeCall,
    Count,
}
