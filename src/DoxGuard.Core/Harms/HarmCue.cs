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
    Count,
}
