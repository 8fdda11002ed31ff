//! Las palabras en español (de EE. UU.) para todo lo que tiene un id del dominio. Escrito como
//! traducción, no palabra por palabra: frases cortas, trato de "usted", y cada palabra clínica
//! explicada la primera vez. Dos voces: a la persona ("usted") y sobre un ser querido.

use crate::i18n::{CrisisCard, Notice};
use crate::screening::{OptionId as O, QuestionId as Q};
use crate::screening::outcome::{Fit, Flag, NextStep, PlanLine, When};
use crate::screening::{Area, RuleId};
use crate::screening::{Crisis, Level, ResourceId, Voice};

use Voice::{LovedOne as They, Own as You};

/// The Spanish wording of a question.
pub fn question(q: Q, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = question_theirs(q) {
            return s;
        }
    }
    match q {
        Q::WhoFor => "¿Para quién responde?",
        Q::DangerNow => "¿Hay alguien en peligro en este momento?",
        Q::Age => "¿Qué edad tiene?",
        Q::Substances => "En el último año, ¿cuáles de estas sustancias ha usado?",
        Q::AlcoholFreq => "¿Con qué frecuencia toma una bebida con alcohol?",
        Q::AlcoholAmount => "Un día en que toma, ¿cuántas bebidas toma por lo general?",
        Q::AlcoholBinge => "¿Con qué frecuencia toma 6 bebidas o más en una sola ocasión?",
        Q::CannabisFreq => "¿Con qué frecuencia usa cannabis (marihuana, mota, vapeadores, comestibles)?",
        Q::OpioidFreq => "¿Con qué frecuencia usa opioides (fentanilo, heroína, pastillas para el dolor)?",
        Q::OpioidSource => "¿Qué tipo de opioides usa y de dónde vienen?",
        Q::SedativeFreq => "¿Con qué frecuencia usa sedantes (por ejemplo Xanax, Valium, Klonopin, pastillas para dormir, GHB, gabapentina o fenibut)?",
        Q::SedativeSource => "¿De dónde vienen sus sedantes?",
        Q::StimulantFreq => "¿Con qué frecuencia usa estimulantes (metanfetamina, cocaína o crack, o pastillas como Adderall sin seguir la receta)?",
        Q::OtherFreq => "¿Con qué frecuencia usa las otras drogas?",
        Q::AlcoholLast => "¿Cuándo fue la última vez que tomó una bebida con alcohol?",
        Q::CannabisLast => "¿Cuándo fue la última vez que usó cannabis?",
        Q::OpioidLast => "¿Cuándo fue la última vez que usó opioides?",
        Q::SedativeLast => "¿Cuándo fue la última vez que tomó un sedante?",
        Q::StimulantLast => "¿Cuándo fue la última vez que usó estimulantes?",
        Q::OtherLast => "¿Cuándo fue la última vez que usó las otras drogas?",
        Q::HeavyYears => "¿Desde hace cuánto tiempo toma esta cantidad la mayoría de los días?",
        Q::WithdrawalHistory => "Cuando dejó de usar o usó menos en el pasado, ¿le pasó algo de esto?",
        Q::WithdrawalNow => "Ahora mismo, o en la última semana mientras usaba menos o dejaba de usar, ¿ha tenido algo de esto?",
        Q::UseSigns => "En el último año, ¿le ha pasado algo de esto?",
        Q::Treatment => "¿Alguna vez ha recibido ayuda por el consumo de alcohol o drogas, o en el último mes ha salido de alguno de estos lugares?",
        Q::Overdose => "¿Alguna vez ha tenido una sobredosis?",
        Q::AsqWishDead => "En las últimas semanas, ¿ha deseado estar muerto o muerta?",
        Q::AsqBetterOff => "En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si usted estuviera muerto o muerta?",
        Q::AsqThoughts => "En la última semana, ¿ha tenido pensamientos de quitarse la vida?",
        Q::AsqTried => "¿Alguna vez ha intentado quitarse la vida?",
        Q::AttemptRecent => "¿La última vez fue en los últimos 3 meses?",
        Q::SuicidePlan => "¿Tiene un plan de cómo lo haría, o tiene la intención de actuar según esos pensamientos?",
        Q::AsqRightNow => "¿Está pensando en quitarse la vida en este momento?",
        Q::HarmOthers => "En las últimas semanas, ¿ha tenido pensamientos de herir o matar a otra persona?",
        Q::PhqInterest => "En las últimas 2 semanas, ¿con qué frecuencia ha tenido poco interés o placer en hacer las cosas?",
        Q::PhqDown => "En las últimas 2 semanas, ¿con qué frecuencia se ha sentido decaído, triste o sin esperanza?",
        Q::GadNervous => "En las últimas 2 semanas, ¿con qué frecuencia se ha sentido nervioso, ansioso o con los nervios de punta?",
        Q::GadWorry => "En las últimas 2 semanas, ¿con qué frecuencia no ha podido dejar de preocuparse o controlar la preocupación?",
        Q::MoodObserved => "En las últimas 2 semanas, ¿su ser querido ha parecido muy decaído, sin interés en las cosas, o muy preocupado o nervioso la mayoría de los días?",
        Q::Sex => "¿Su ser querido nació de sexo masculino o femenino?",
        Q::Psychosis => "En el último mes, ¿ha tenido algo de esto?",
        Q::Medical => "¿Le pasa alguna de estas cosas?",
        Q::Home => "¿Qué es cierto sobre su hogar y las personas a su alrededor?",
        Q::Willing => "¿Su ser querido está dispuesto a recibir ayuda?",
        Q::HoursFree => "Más o menos, ¿cuántas horas a la semana podría dedicar al tratamiento?",
        Q::FreeDays => "¿Qué días suele tener unas horas libres?",
        Q::ScheduleNeeds => "¿A qué horas del día suele tener tiempo libre, y cuáles de estas cosas son importantes para usted?",
        Q::FamilyFree => "Y usted: ¿cuándo podría ir a una sesión para familias para apoyar a su ser querido?",
    }
}

/// The loved-one wording of [`question`] where it differs.
fn question_theirs(q: Q) -> Option<&'static str> {
    match q {
        Q::DangerNow => Some("¿Su ser querido u otra persona está en peligro en este momento?"),
        Q::Age => Some("¿Qué edad tiene su ser querido?"),
        Q::Substances => Some("En el último año, ¿cuáles de estas sustancias ha usado su ser querido?"),
        Q::AlcoholFreq => Some("¿Con qué frecuencia toma su ser querido una bebida con alcohol?"),
        Q::AlcoholAmount => Some("Un día en que toma, ¿cuántas bebidas toma por lo general su ser querido?"),
        Q::AlcoholBinge => Some("¿Con qué frecuencia toma su ser querido 6 bebidas o más en una sola ocasión?"),
        Q::CannabisFreq => Some("¿Con qué frecuencia usa cannabis su ser querido (marihuana, mota, vapeadores, comestibles)?"),
        Q::OpioidFreq => Some("¿Con qué frecuencia usa opioides su ser querido (fentanilo, heroína, pastillas para el dolor)?"),
        Q::OpioidSource => Some("¿Qué tipo de opioides usa su ser querido y de dónde vienen?"),
        Q::SedativeFreq => Some("¿Con qué frecuencia usa sedantes su ser querido (por ejemplo Xanax, Valium, Klonopin, pastillas para dormir, GHB, gabapentina o fenibut)?"),
        Q::SedativeSource => Some("¿De dónde vienen los sedantes de su ser querido?"),
        Q::StimulantFreq => Some("¿Con qué frecuencia usa estimulantes su ser querido (metanfetamina, cocaína o crack, o pastillas como Adderall sin seguir la receta)?"),
        Q::OtherFreq => Some("¿Con qué frecuencia usa las otras drogas su ser querido?"),
        Q::AlcoholLast => Some("¿Cuándo fue la última vez que su ser querido tomó una bebida con alcohol?"),
        Q::CannabisLast => Some("¿Cuándo fue la última vez que su ser querido usó cannabis?"),
        Q::OpioidLast => Some("¿Cuándo fue la última vez que su ser querido usó opioides?"),
        Q::SedativeLast => Some("¿Cuándo fue la última vez que su ser querido tomó un sedante?"),
        Q::StimulantLast => Some("¿Cuándo fue la última vez que su ser querido usó estimulantes?"),
        Q::OtherLast => Some("¿Cuándo fue la última vez que su ser querido usó las otras drogas?"),
        Q::HeavyYears => Some("¿Desde hace cuánto tiempo su ser querido toma esta cantidad la mayoría de los días?"),
        Q::WithdrawalHistory => Some("Cuando su ser querido dejó de usar o usó menos en el pasado, ¿le pasó algo de esto?"),
        Q::WithdrawalNow => Some("Ahora mismo, o en la última semana mientras usaba menos o dejaba de usar, ¿su ser querido ha tenido algo de esto?"),
        Q::UseSigns => Some("En el último año, ¿le ha pasado algo de esto a su ser querido?"),
        Q::Treatment => Some("¿Su ser querido alguna vez ha recibido ayuda por el consumo de alcohol o drogas, o en el último mes ha salido de alguno de estos lugares?"),
        Q::Overdose => Some("¿Alguna vez su ser querido ha tenido una sobredosis?"),
        Q::AsqWishDead => Some("En las últimas semanas, ¿su ser querido ha dicho o mostrado que desea estar muerto?"),
        Q::AsqBetterOff => Some("En las últimas semanas, ¿su ser querido ha dicho que los demás estarían mejor si estuviera muerto?"),
        Q::AsqThoughts => Some("En la última semana, ¿su ser querido ha hablado de quitarse la vida?"),
        Q::AsqTried => Some("¿Alguna vez su ser querido ha intentado quitarse la vida?"),
        Q::SuicidePlan => Some("¿Su ser querido tiene un plan de cómo lo haría, o tiene la intención de actuar según esos pensamientos?"),
        Q::AsqRightNow => Some("¿Su ser querido está pensando en quitarse la vida en este momento?"),
        Q::HarmOthers => Some("En las últimas semanas, ¿su ser querido ha hablado de herir o matar a otra persona?"),
        Q::Psychosis => Some("En el último mes, ¿su ser querido ha tenido algo de esto?"),
        Q::Medical => Some("¿A su ser querido le pasa alguna de estas cosas?"),
        Q::Home => Some("¿Qué es cierto sobre el hogar de su ser querido y las personas a su alrededor?"),
        Q::HoursFree => Some("Más o menos, ¿cuántas horas a la semana podría dedicar su ser querido al tratamiento?"),
        Q::FreeDays => Some("¿Qué días suele tener unas horas libres su ser querido?"),
        Q::ScheduleNeeds => Some("¿A qué horas del día suele tener tiempo libre su ser querido, y cuáles de estas cosas son importantes para él o ella?"),
        _ => None,
    }
}

/// A short Spanish help text under a question, if it has one.
pub fn help(q: Q, voice: Voice) -> Option<&'static str> {
    match (q, voice) {
        (Q::DangerNow, _) => Some("Si alguien puede salir herido ahora, llame al 911. También puede llamar o enviar un mensaje de texto al 988 en cualquier momento."),
        (Q::Substances, _) => Some("Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada."),
        (Q::AlcoholFreq, _) => Some("Si dejó de tomar en el último mes, responda sobre el tiempo antes de dejarlo."),
        (Q::AlcoholAmount, _) => Some("Una bebida es una lata de cerveza de 12 onzas, una copa de vino de 5 onzas o un trago de licor de 1.5 onzas. Una copa grande de vino o una cerveza fuerte cuenta como más de una. Si duda entre dos respuestas, elija la más alta."),
        (Q::CannabisFreq | Q::OpioidFreq | Q::SedativeFreq | Q::StimulantFreq, You) => {
            Some("Si dejó de usar en el último mes, responda sobre el tiempo antes de dejarlo.")
        }
        (Q::CannabisFreq | Q::OpioidFreq | Q::SedativeFreq | Q::StimulantFreq, They) => {
            Some("Si su ser querido dejó de usar en el último mes, responda sobre el tiempo antes de que lo dejara.")
        }
        (Q::WithdrawalHistory, _) => Some("La abstinencia es el malestar que siente el cuerpo cuando alguien deja de usar o usa menos después de usar mucho."),
        (Q::WithdrawalNow, _) => Some("Si alguien tiene una convulsión, está confundido, o ve u oye cosas que no están ahí, llame al 911."),
        (Q::UseSigns, _) => Some("Estas son las 11 señales que buscan los médicos. Piense en el alcohol y las drogas juntos."),
        (Q::Overdose, _) => Some("Una sobredosis es usar tanto que la persona se desmaya, no se despierta, no respira bien, o necesita naloxona (Narcan) o atención de emergencia."),
        (Q::HeavyYears, _) => Some("Piense en la cantidad que dijo antes. Si dejó de tomar en el último mes, conteste por el tiempo antes de dejarlo."),
        (Q::Treatment, _) => Some("Preguntamos por estos lugares porque, después de un tiempo sin usar, el cuerpo ya no aguanta la cantidad de antes. Eso hace más probable una sobredosis."),
        (Q::OtherFreq, You) => Some("El fenibut y el GHB cuentan como sedantes, y el kratom como un opioide. Si dejó de usar en el último mes, responda sobre el tiempo antes de dejarlo."),
        (Q::OtherFreq, They) => Some("El fenibut y el GHB cuentan como sedantes, y el kratom como un opioide. Si su ser querido dejó de usar en el último mes, responda sobre el tiempo antes de que lo dejara."),
        (Q::HoursFree, _) => Some("Cuente el tiempo de las sesiones y del viaje. Esto ayuda a planear el tratamiento. Nunca cambia la sugerencia."),
        (Q::MoodObserved, _) => Some("Luego vienen unas preguntas sobre el suicidio. Se las hacemos a todas las familias. Si no sabe, elija “No sé”."),
        (Q::Sex, _) => Some("Solo para saber si un embarazo es posible."),
        (Q::WhoFor | Q::Age | Q::AlcoholBinge | Q::OpioidSource | Q::SedativeSource
        | Q::AlcoholLast | Q::CannabisLast | Q::OpioidLast | Q::SedativeLast | Q::StimulantLast | Q::OtherLast
        | Q::AsqWishDead | Q::AsqBetterOff | Q::AsqThoughts | Q::AsqTried
        | Q::AttemptRecent | Q::SuicidePlan | Q::AsqRightNow | Q::HarmOthers | Q::PhqInterest
        | Q::PhqDown | Q::GadNervous | Q::GadWorry | Q::Psychosis | Q::Medical
        | Q::Home | Q::Willing | Q::ScheduleNeeds | Q::FreeDays | Q::FamilyFree, _) => None,
    }
}

/// The Spanish label of an option.
pub fn option(_q: Q, o: O, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = option_theirs(o) {
            return s;
        }
    }
    match o {
        O::Myself => "Para mí",
        O::SomeoneElse => "Para un familiar o amigo",
        O::Yes => "Sí",
        O::No => "No",
        O::NotSure => "No sé",
        O::PreferNotToSay => "Prefiero no decirlo",
        O::NoDanger => "No, nadie está en peligro en este momento",
        O::CannotWake => "Alguien se desmayó y no se despierta, o casi no respira",
        O::SuicideNow => "Alguien podría intentar quitarse la vida",
        O::HarmOthersNow => "Alguien podría herir a otra persona",
        O::MedicalNow => "Alguien tiene una convulsión u otra emergencia médica",
        O::ViolenceNow => "Alguien está lastimando o amenazando a otra persona",
        O::Under18 => "Menos de 18 años",
        O::Age18To64 => "De 18 a 64 años",
        O::Age65Plus => "65 años o más",
        O::Male => "Masculino",
        O::Female => "Femenino",
        O::Alcohol => "Alcohol",
        O::Cannabis => "Cannabis (marihuana, mota, vapeadores, comestibles)",
        O::Opioids => "Opioides: fentanilo, heroína o pastillas para el dolor como oxicodona",
        O::Sedatives => "Sedantes: benzodiacepinas como Xanax, pastillas para dormir como Ambien, GHB, gabapentina, fenibut, barbitúricos como butalbital, o Soma",
        O::Stimulants => "Estimulantes: metanfetamina (cristal), cocaína o crack, o pastillas como Adderall",
        O::OtherDrugs => "Otras drogas (por ejemplo psicodélicos, ketamina o inhalantes)",
        O::NoSubstances => "Ninguna de estas",
        O::Never => "Nunca",
        O::MonthlyOrLess => "Una vez al mes o menos",
        O::TwoToFourMonth => "De 2 a 4 veces al mes",
        O::TwoToThreeWeek => "De 2 a 3 veces a la semana",
        O::FourPlusWeek => "4 veces o más a la semana",
        O::Drinks1To2 => "1 o 2",
        O::Drinks3To4 => "3 o 4",
        O::Drinks5To6 => "5 o 6",
        O::Drinks7To9 => "De 7 a 9",
        O::Drinks10Plus => "10 o más",
        O::LessThanMonthly => "Menos de una vez al mes",
        O::Monthly => "Más o menos una vez al mes",
        O::Weekly => "Más o menos una vez a la semana",
        O::DailyOrAlmost => "Todos los días o casi todos los días",
        O::LessThanWeekly => "Menos de una vez a la semana",
        O::OneTwoDaysWeek => "1 o 2 días a la semana",
        O::ThreeSixDaysWeek => "De 3 a 6 días a la semana",
        O::EveryDay => "Todos los días o casi todos los días",
        O::PrescribedAsDirected => "Recetados para mí, y los tomo como dijo el médico",
        O::PrescribedMore => "Recetados para mí, pero tomo más de lo recetado",
        O::NotFromPharmacy => "Pastillas de amigos, de la calle o de internet (no de una farmacia)",
        O::HeroinFentanyl => "Heroína o fentanilo (en polvo, o prensado en pastillas)",
        O::Today => "Hoy",
        O::Days1To3 => "Hace 1 a 3 días",
        O::Days4To7 => "Hace 4 a 7 días",
        O::Weeks1To4 => "Hace 1 a 4 semanas",
        O::Months1To3 => "Hace 1 a 3 meses",
        O::Months3To12 => "Hace 3 a 12 meses",
        O::UnderYear => "Menos de un año",
        O::YearOrMore => "Un año o más",
        O::PastSeizure => "Una convulsión (un ataque)",
        O::PastDts => "Delirium tremens (DT): mucha confusión, temblores, ver cosas",
        O::PastWithdrawalMany => "Abstinencia 3 veces o más",
        O::PastWithdrawal => "Señales de abstinencia como temblores, sudores o malestar",
        O::NoWithdrawal => "Nada de esto",
        O::ShakesSweats => "Temblor en las manos o sudores",
        O::SickRestless => "Malestar, el corazón acelerado, inquietud, o no poder dormir",
        O::Hallucinations => "Ver, oír o sentir cosas que no están ahí",
        O::Confusion => "Confusión: no saber dónde está o qué día es",
        O::Fever => "Fiebre alta",
        O::SeizureNow => "Una convulsión (un ataque) hoy",
        O::NoneNow => "Nada de esto",
        O::MoreThanMeant => "Usó más, o por más tiempo, de lo que quería",
        O::CantCutDown => "Quiso usar menos o dejarlo, o lo intentó, pero no pudo",
        O::LotsOfTime => "Pasó mucho tiempo usando, consiguiéndolo o recuperándose",
        O::Cravings => "Tuvo ganas muy fuertes (ansias) de usar",
        O::RoleFailure => "El consumo afectó la casa, el trabajo o la escuela",
        O::SocialProblems => "Siguió usando aunque causaba problemas con la familia o los amigos",
        O::GaveUpActivities => "Dejó o redujo cosas importantes para poder usar",
        O::RiskySituations => "Usó de forma arriesgada más de una vez, como al manejar o en sexo sin protección",
        O::UseDespiteHarm => "Siguió usando aunque afectaba el ánimo o la salud, o causaba lagunas de memoria",
        O::Tolerance => "Necesitó mucho más para sentir el efecto, o la cantidad de siempre hacía menos efecto",
        O::WithdrawalSign => "Se sintió mal cuando se le pasaba el efecto (temblores, sudores, malestar, no dormir), o usó para evitarlo",
        O::NoSigns => "Nada de esto",
        O::TreatmentBefore => "Consejería, un programa o desintoxicación antes",
        O::FinishedResidential => "Terminó un programa residencial (con internamiento) en el último mes",
        O::MoudNow => "Toma ahora metadona, buprenorfina (Suboxone) o naltrexona para el consumo de opioides o de alcohol",
        O::NoTreatment => "Nada de esto",
        O::OverdosePastYear => "Sí, en el último año",
        O::OverdoseEarlier => "Sí, hace más de un año",
        O::LeftJail => "Salió de la cárcel o la prisión en el último mes",
        O::LeftHospital => "Salió de un hospital en el último mes",
        O::LeftProgram => "Salió de una desintoxicación o un programa de tratamiento en el último mes",
        O::PsychStay => "Estuvo en un hospital o una unidad de crisis por salud mental en los últimos 6 meses",
        O::HasPlan => "Sí, un plan",
        O::HasIntent => "Sí, tengo la intención de actuar",
        O::Neither => "No",
        O::NotAtAll => "Nunca",
        O::SeveralDays => "Varios días",
        O::MoreThanHalf => "Más de la mitad de los días",
        O::NearlyEveryDay => "Casi todos los días",
        O::HearsVoices => "Oír voces o ver cosas que otras personas no ven",
        O::Paranoia => "Sentirse vigilado o seguido, o que otros le quieren hacer daño",
        O::NoSleepEnergy => "Varios días seguidos casi sin dormir y con mucha energía",
        O::NoPsychosis => "Nada de esto",
        O::ChestPain => "Dolor de pecho ahora o en los últimos días",
        O::VomitingBlood => "Vomitar sangre, o heces negras como alquitrán",
        O::YellowConfused => "Piel u ojos amarillos, con confusión",
        O::BreathingTrouble => "Dificultad para respirar",
        O::SeriousIllness => "Una enfermedad grave de largo plazo (del hígado, del corazón o de los pulmones, epilepsia, diabetes)",
        O::NoMedical => "Nada de esto",
        O::Pregnant => "Embarazada, o podría estarlo",
        O::Violence => "Alguien en casa lastima, amenaza o asusta a otros",
        O::OthersUse => "Otras personas en casa toman mucho o usan drogas",
        O::NoHousing => "No hay un lugar estable y seguro donde vivir",
        O::NoSupport => "No hay nadie que apoye mi recuperación",
        O::HomeOk => "Nada de esto",
        O::WillingYes => "Sí",
        O::WillingMaybe => "Tal vez, o a veces",
        O::WillingNo => "Todavía no",
        O::HoursUnder6 => "Menos de 6 horas",
        O::Hours6To8 => "De 6 a 8 horas",
        O::Hours9To19 => "De 9 a 19 horas",
        O::Hours20Plus => "20 horas o más",
        O::Monday => "Lunes",
        O::Tuesday => "Martes",
        O::Wednesday => "Miércoles",
        O::Thursday => "Jueves",
        O::Friday => "Viernes",
        O::Saturday => "Sábado",
        O::Sunday => "Domingo",
        O::DaysVary => "Cambia de una semana a otra",
        O::Mornings => "Por la mañana (antes del mediodía)",
        O::Afternoons => "Por la tarde (del mediodía a las 5 p. m.)",
        O::Evenings => "Por la noche (después de las 5 p. m.)",
        O::Weekends => "Los fines de semana",
        O::PreferOnline => "Sesiones por internet (video)",
        O::PreferInPerson => "Reunirse en persona",
        O::NeedChildcare => "Cuidado de niños",
        O::NeedTransport => "Una forma de llegar",
        O::WorkSchoolConflict => "Es difícil faltar al trabajo o a la escuela",
        O::CostWorry => "El costo o el seguro médico",
        O::NoNeeds => "Nada de esto",
    }
}

/// The loved-one wording of [`option`] where it differs.
fn option_theirs(o: O) -> Option<&'static str> {
    match o {
        O::PrescribedAsDirected => Some("Recetados para mi ser querido, tomados como dijo el médico"),
        O::PrescribedMore => Some("Recetados para mi ser querido, pero toma más de lo recetado"),
        O::HasIntent => Some("Sí, tiene la intención de actuar"),
        O::NoSupport => Some("Aparte de mí, nadie apoya su recuperación"),
        _ => None,
    }
}

/// The Spanish reason a rule gives.
pub fn rule(r: RuleId, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = rule_theirs(r) {
            return s;
        }
    }
    match r {
        RuleId::OverdoseNow => "Alguien no se despierta o casi no respira. Es una emergencia por sobredosis.",
        RuleId::SuicideNow => "Usted dijo que podría actuar ahora según pensamientos de quitarse la vida. Su vida importa. Busque ayuda ahora mismo.",
        RuleId::SuicidePlan => "Usted dijo que tiene un plan o la intención de actuar según pensamientos de suicidio. Necesita ayuda ahora mismo.",
        RuleId::SuicideAttempt => "Usted dijo que intentó quitarse la vida en los últimos 3 meses. El riesgo es más alto ahora. Busque ayuda ahora mismo.",
        RuleId::HarmOthers => "Usted dijo que tiene pensamientos de herir a otra persona. Hay ayuda ahora mismo, sin juicios.",
        RuleId::MedicalNow => "Alguien tiene una convulsión u otra emergencia médica en este momento.",
        RuleId::ViolenceNow => "Alguien está lastimando o amenazando a otra persona en este momento.",
        RuleId::DangerUnsure => "Usted no está seguro de si alguien está en peligro. Si hay duda, es más seguro pedir ayuda ahora.",
        RuleId::SeizureNow => "Una convulsión al dejar el alcohol o los sedantes es una emergencia médica.",
        RuleId::WithdrawalDelirium => "Usted dijo que está confundido, ve u oye cosas, o tiene fiebre al dejar de usar o al usar menos. Pueden ser señales de delirium tremens (DT), una forma peligrosa de abstinencia.",
        RuleId::PsychosisHarm => "Usted dijo que oye o ve cosas que otros no ven, o se siente vigilado, y también tiene pensamientos de hacer daño. Necesita ayuda enseguida.",
        RuleId::PastSeizureDts => "Usted dijo que tuvo una convulsión o DT cuando dejó de usar antes. Dejarlo otra vez sin un médico puede ser peligroso.",
        RuleId::HeavyDrinkingRisk => "Usted toma mucho casi todos los días y tiene un riesgo de abstinencia difícil. Debe dejarlo con ayuda de un médico.",
        RuleId::SedativeDependence => "Usted toma sedantes con frecuencia. El cuerpo se acostumbra, y dejarlos de golpe puede causar convulsiones. Un médico debe guiarle.",
        RuleId::WithdrawalCaution => "Usted ha tenido señales de abstinencia, o no lo sabemos. Hable con un médico antes de dejar de usar o usar menos.",
        RuleId::PregnancyOpioidsHospital => "El embarazo con opioides, junto con un riesgo de abstinencia peligrosa del alcohol o de los sedantes, necesita atención en un hospital. Dejar los opioides de golpe durante el embarazo no es seguro.",
        RuleId::PregnantUsing => "Usted está embarazada y usa alcohol o drogas. La atención médica que tiene en cuenta el embarazo los protege mejor a usted y a su bebé.",
        RuleId::MedicalRedFlag => "Usted mencionó un problema de salud que necesita un médico hoy.",
        RuleId::AsqPositive => "Sus respuestas sobre el suicidio muestran que está pasando por mucho. El cuidado del ánimo forma parte de su plan.",
        RuleId::Psychosis => "Usted dijo que oye o ve cosas que otros no ven, se siente vigilado, o pasa días sin dormir. Es más seguro un programa que también trate la salud mental.",
        RuleId::CoOccurringRaise => "El ánimo y el consumo juntos necesitan más apoyo. Por eso la sugerencia es un paso más intensa.",
        RuleId::Phq2Positive => "Muchos días se ha sentido decaído o sin interés en las cosas. El cuidado del ánimo puede ayudar.",
        RuleId::Gad2Positive => "Muchos días se ha sentido preocupado o con los nervios de punta. El cuidado de la ansiedad puede ayudar.",
        RuleId::MoodSeen => "Usted dijo que su ser querido ha parecido muy decaído, sin interés, preocupado o nervioso la mayoría de los días. La atención para el ánimo y la ansiedad puede ayudar.",
        RuleId::SignsMild => "2 o 3 de las 11 señales: un problema leve con el alcohol o las drogas.",
        RuleId::SignsModerate => "4 o 5 de las 11 señales: un problema moderado con el alcohol o las drogas.",
        RuleId::SignsSevere => "6 o más de las 11 señales: un problema grave con el alcohol o las drogas. Más estructura ayuda.",
        RuleId::OverdoseRecent => "Usted tuvo una sobredosis en el último año. El riesgo de otra sobredosis es alto.",
        RuleId::OverdoseEarlier => "Usted tuvo una sobredosis antes. Eso aumenta el riesgo de otra.",
        RuleId::OpioidUse => "Usted usa opioides. Los medicamentos para el consumo de opioides funcionan bien y bajan el riesgo de morir por sobredosis.",
        RuleId::StepDown => "Usted acaba de terminar un programa residencial. Seguir con un programa de pocos días a la semana mantiene su progreso.",
        RuleId::LostTolerance => "Usted salió de un lugar donde no podía usar. Su cuerpo ya no aguanta la cantidad de antes, así que una sobredosis es más probable.",
        RuleId::RiskyDrinking => "Su forma de tomar está por encima del nivel de bajo riesgo.",
        RuleId::SignsAsPrescribed => "Usted toma su medicina como se la recetaron. Por eso, necesitar más o sentirse mal cuando se pasa el efecto no cuenta entre las 11 señales. Aun así, puede querer decir que su cuerpo se acostumbró: no la deje de golpe y hable primero con quien se la receta.",
        RuleId::HeavyDrinking => "Su puntaje de consumo de alcohol es alto. Un médico o consejero debe revisarlo con usted.",
        RuleId::HomeUnsafe => "Su hogar no es seguro ni estable en este momento. Un programa residencial le da un lugar seguro para empezar la recuperación.",
        RuleId::HomeUnsupportive => "Otras personas en casa usan, y nadie ahí apoya la recuperación. Un programa residencial da la estructura que el hogar no puede dar ahora.",
        RuleId::HomeStrain => "Otras personas en casa usan, o hay poco apoyo. Más horas de atención a la semana ayudan.",
        RuleId::ViolenceAtHome => "Hay violencia en casa. Su seguridad es lo primero, y hay ayuda.",
        RuleId::Uncertain => "Faltan muchas respuestas. Por eso esta sugerencia es menos segura, y una evaluación completa es el mejor próximo paso.",
        RuleId::RedFlagNow => "Usted mencionó un problema de salud que puede ser mortal en pocas horas, como un sangrado por dentro o una emergencia del hígado o del corazón. Necesita una sala de emergencias ahora.",
        RuleId::DailyHeavyDrinking => "Usted toma mucho la mayoría de los días. Su cuerpo puede estar acostumbrado. Si lo deja de golpe, podría enfermarse mucho. Un médico debe planearlo con usted.",
        RuleId::SedativePrescribed => "Usted toma un sedante como se lo recetaron, la mayoría de los días. Eso no es un problema en sí. Pero su cuerpo está acostumbrado. Por eso la dosis solo se debe bajar poco a poco, con quien se lo receta.",
        RuleId::PregnantStopped => "Usted está embarazada y usó alcohol o drogas antes, pero no en la última semana. Cuénteselo a su equipo de atención prenatal: pueden ayudarlos a usted y a su bebé.",
        RuleId::PsychStay => "Una estadía en un hospital o una unidad de crisis por salud mental en los últimos 6 meses. Los meses después necesitan más cuidado. Por eso la sugerencia es un paso más intensa.",
        RuleId::LeftNoUse => "Salir de un lugar donde no se usaba: si se usaba antes, el cuerpo ya no aguanta la misma cantidad.",
        RuleId::OpioidPrescribed => "Usted toma opioides como se los recetaron. Eso no es un problema en sí. Siga la receta y tenga naloxona en casa.",
        RuleId::Mixing => "El alcohol, los opioides y los sedantes juntos frenan la respiración mucho más que uno solo.",
        RuleId::Recovery => "Usted no ha usado en 3 meses o más. Las señales que mencionó fueron antes de eso. Siga con lo que le ayuda a estar bien.",
        RuleId::HomeAlone => "No hay un lugar estable donde vivir ni nadie que apoye la recuperación. La ayuda con las dos cosas es parte de la atención.",
        RuleId::HomeNeeds => "Usted mencionó un problema con el hogar o el apoyo. La ayuda para eso puede ser parte del plan.",
        RuleId::KeyUnknown => "No sabemos qué sustancias ni cuáles de las 11 señales aplican. Por eso esta sugerencia es menos segura, y una evaluación completa es el mejor próximo paso.",
        RuleId::Baseline => "Sus respuestas no muestran que necesite más que apoyo temprano por ahora.",
    }
}

/// The loved-one wording of [`rule`] where it differs.
fn rule_theirs(r: RuleId) -> Option<&'static str> {
    match r {
        RuleId::SuicideNow => Some("Usted dijo que su ser querido podría actuar ahora según pensamientos de quitarse la vida. Busque ayuda ahora mismo."),
        RuleId::SuicidePlan => Some("Usted dijo que su ser querido tiene un plan o la intención de actuar según pensamientos de suicidio. Necesita ayuda ahora mismo."),
        RuleId::SuicideAttempt => Some("Usted dijo que su ser querido intentó quitarse la vida en los últimos 3 meses. El riesgo es más alto ahora. Busque ayuda ahora mismo."),
        RuleId::HarmOthers => Some("Usted dijo que su ser querido ha hablado de herir a otra persona. Protéjase, proteja a los demás y busque ayuda ahora."),
        RuleId::WithdrawalDelirium => Some("Usted dijo que su ser querido está confundido, ve u oye cosas, o tiene fiebre al dejar de usar o al usar menos. Pueden ser señales de delirium tremens (DT), una forma peligrosa de abstinencia."),
        RuleId::PsychosisHarm => Some("Usted dijo que su ser querido oye o ve cosas que otros no ven, o se siente vigilado, y tiene pensamientos de hacer daño. Necesita ayuda enseguida."),
        RuleId::PastSeizureDts => Some("Usted dijo que su ser querido tuvo una convulsión o DT cuando dejó de usar antes. Dejarlo otra vez sin un médico puede ser peligroso."),
        RuleId::HeavyDrinkingRisk => Some("Su ser querido toma mucho casi todos los días y tiene un riesgo de abstinencia difícil. Debe dejarlo con ayuda de un médico."),
        RuleId::SedativeDependence => Some("Su ser querido toma sedantes con frecuencia. El cuerpo se acostumbra, y dejarlos de golpe puede causar convulsiones. Un médico debe guiarle."),
        RuleId::WithdrawalCaution => Some("Su ser querido ha tenido señales de abstinencia, o no lo sabemos. Debe hablar con un médico antes de dejar de usar o usar menos."),
        RuleId::PregnantUsing => Some("Su ser querido está embarazada y usa alcohol o drogas. La atención médica que tiene en cuenta el embarazo las protege mejor a ella y a su bebé."),
        RuleId::AsqPositive => Some("Sus respuestas sobre el suicidio muestran que su ser querido está pasando por mucho. El cuidado del ánimo forma parte del plan."),
        RuleId::Psychosis => Some("Usted dijo que su ser querido oye o ve cosas que otros no ven, se siente vigilado, o pasa días sin dormir. Es más seguro un programa que también trate la salud mental."),
        RuleId::Phq2Positive => Some("Muchos días su ser querido ha parecido decaído o sin interés en las cosas. El cuidado del ánimo puede ayudar."),
        RuleId::Gad2Positive => Some("Muchos días su ser querido ha parecido preocupado o con los nervios de punta. El cuidado de la ansiedad puede ayudar."),
        RuleId::OverdoseRecent => Some("Su ser querido tuvo una sobredosis en el último año. El riesgo de otra sobredosis es alto."),
        RuleId::OverdoseEarlier => Some("Su ser querido tuvo una sobredosis antes. Eso aumenta el riesgo de otra."),
        RuleId::OpioidUse => Some("Su ser querido usa opioides. Los medicamentos para el consumo de opioides funcionan bien y bajan el riesgo de morir por sobredosis."),
        RuleId::StepDown => Some("Su ser querido acaba de terminar un programa residencial. Seguir con un programa de pocos días a la semana mantiene el progreso."),
        RuleId::LostTolerance => Some("Su ser querido salió de un lugar donde no podía usar. Su cuerpo ya no aguanta la cantidad de antes, así que una sobredosis es más probable."),
        RuleId::RiskyDrinking => Some("La forma de tomar de su ser querido está por encima del nivel de bajo riesgo."),
        RuleId::SignsAsPrescribed => Some("Su ser querido toma su medicina como se la recetaron. Por eso, necesitar más o sentirse mal cuando se pasa el efecto no cuenta entre las 11 señales. Aun así, puede querer decir que su cuerpo se acostumbró: no debe dejarla de golpe y debe hablar primero con quien se la receta."),
        RuleId::HeavyDrinking => Some("El puntaje de consumo de alcohol de su ser querido es alto. Un médico o consejero debe revisarlo con esa persona."),
        RuleId::HomeUnsafe => Some("El hogar de su ser querido no es seguro ni estable en este momento. Un programa residencial le da un lugar seguro para empezar la recuperación."),
        RuleId::DailyHeavyDrinking => Some("Su ser querido toma mucho la mayoría de los días. Su cuerpo puede estar acostumbrado. Si lo deja de golpe, podría enfermarse mucho. Un médico debe planearlo con esa persona."),
        RuleId::SedativePrescribed => Some("Su ser querido toma un sedante como se lo recetaron, la mayoría de los días. Eso no es un problema en sí. Pero su cuerpo está acostumbrado. Por eso la dosis solo se debe bajar poco a poco, con quien se lo receta."),
        RuleId::PregnantStopped => Some("Su ser querido está embarazada y usó alcohol o drogas antes, pero no en la última semana. Su equipo de atención prenatal debe saberlo: pueden ayudar."),
        RuleId::OpioidPrescribed => Some("Su ser querido toma opioides como se los recetaron. Eso no es un problema en sí. Debe seguir la receta y tener naloxona en casa."),
        RuleId::Recovery => Some("Su ser querido no ha usado en 3 meses o más. Las señales que mencionó fueron antes de eso. Lo que le ayuda a estar bien debe seguir."),
        _ => None,
    }
}

/// The Spanish name of a level.
pub fn level_name(l: Level) -> &'static str {
    match l {
        Level::Early => "Apoyo temprano",
        Level::Outpatient => "Atención ambulatoria",
        Level::Iop => "Programa ambulatorio intensivo (IOP)",
        Level::Php => "Programa de hospitalización parcial (PHP)",
        Level::Residential => "Tratamiento residencial (con internamiento)",
        Level::Withdrawal => "Desintoxicación con atención médica",
        Level::Emergency => "Ayuda de emergencia ahora",
    }
}

/// One Spanish sentence that says what the level is, in one wording for both voices.
pub fn level_summary(l: Level) -> &'static str {
    match l {
        Level::Early => "Información, chequeos y grupos de apoyo para mantener bajos los riesgos.",
        Level::Outpatient => "Consejería una o dos veces a la semana, viviendo en casa.",
        Level::Iop => "Tratamiento de 3 a 5 días a la semana, unas horas al día, viviendo en casa.",
        Level::Php => "Un programa de día casi todo el día, 5 días a la semana, y en casa por la noche.",
        Level::Residential => "Vivir en un centro de tratamiento por un tiempo, con apoyo de día y de noche.",
        Level::Withdrawal => "Dejar de usar sin peligro, con médicos y enfermeras que cuidan a la persona. Ellos tratan la abstinencia: el malestar que puede sentir el cuerpo al dejar de usar. Después sigue el tratamiento.",
        Level::Emergency => "Llame al 911 o al 988 ahora. Busque ayuda antes que nada.",
    }
}

/// What the level involves, in Spanish. Its third person ("vive", "duerme", "le ayudan")
/// reads the same for "usted" and for the loved one, so one wording serves both voices.
pub fn level_involves(l: Level) -> &'static str {
    match l {
        Level::Early => "Lecturas y herramientas para usar por su cuenta, chequeos cortos con un consejero o médico, y grupos de apoyo gratis. Puede volver a revisar cuando quiera.",
        Level::Outpatient => "Por lo general 1 o 2 sesiones a la semana, menos de 9 horas en total (menos de 6 para adolescentes). Terapia, a veces medicamentos, en una oficina o por internet.",
        Level::Iop => "Unas 9 a 19 horas a la semana (6 o más para adolescentes), a menudo de 3 a 5 días a la semana, de 2 a 4 horas. Terapia en grupo e individual, pruebas de drogas, sesiones con la familia y apoyo en crisis a cualquier hora. Muchos programas son por la noche o por internet.",
        Level::Php => "Unas 20 horas o más a la semana: un programa de día casi todos los días hábiles, con médicos, enfermeras y terapeutas. Duerme en su casa.",
        Level::Residential => "Vive en el centro, por lo general unas semanas. Hay personal de día y de noche. Terapia, grupos y atención médica cada día.",
        Level::Withdrawal => "Médicos y enfermeras le ayudan a dejar de usar con seguridad, con medicamentos si hace falta. Puede ser en un lugar con atención las 24 horas o con una reducción lenta de la dosis y chequeos frecuentes, según decida el médico. La mayoría dura unos días. Después el tratamiento sigue en otro nivel.",
        Level::Emergency => "Servicios de emergencia, una línea de crisis o una sala de emergencias. El tratamiento del consumo se puede planear cuando todos estén a salvo.",
    }
}

/// When to take a next step, as the words before it ("Hoy: …").
pub fn when(w: When) -> &'static str {
    match w {
        When::Now => "Ahora:",
        When::Today => "Hoy:",
        When::ThisWeek => "Esta semana:",
        When::Later => "Más adelante:",
        When::Ongoing => "De ahora en adelante:",
    }
}

/// A substance's short name, as a reason's sentence and the words for a call name it.
pub fn substance(o: O) -> &'static str {
    match o {
        O::Alcohol => "alcohol",
        O::Cannabis => "cannabis",
        O::Opioids => "opioides",
        O::Sedatives => "sedantes",
        O::Stimulants => "estimulantes",
        _ => "otras drogas",
    }
}

/// A next step, in Spanish.
pub fn next_step(s: NextStep, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = next_step_theirs(s) {
            return s;
        }
    }
    match s {
        NextStep::Call911 => "Llame al 911 ahora.",
        NextStep::OverdoseSteps => "Llame al 911. Dé naloxona (Narcan) si la tiene: puede haber opioides. Si no respira bien, dé respiración de rescate. Quédese con la persona y póngala de lado.",
        NextStep::Call988Now => "Llame o envíe un mensaje de texto al 988 ahora (Línea de Prevención del Suicidio y Crisis; oprima 2 para español). Si hay peligro en este momento, llame al 911.",
        NextStep::SeizureSteps => "Llame al 911. Aleje las cosas duras. No sujete a la persona ni le ponga nada en la boca. Cuando pare el temblor, póngala de lado.",
        NextStep::HospitalToday => "Vaya a un hospital hoy. Diga que está embarazada y que usa opioides y alcohol o sedantes. No deje nada de golpe por su cuenta.",
        NextStep::EmergencyRoomNow => "Vaya a una sala de emergencias ahora. No maneje usted: pida a alguien que le lleve, o llame al 911.",
        NextStep::SeeDoctorToday => "Vea a un médico hoy por el problema de salud que mencionó. Si es grave, como un dolor fuerte de pecho o dificultad para respirar, llame al 911.",
        NextStep::DoNotStopSuddenly => "No lo deje de golpe por su cuenta. Hable primero con un médico. Dejar el alcohol o los sedantes de repente puede causar convulsiones.",
        NextStep::SupervisedWithdrawal => "Pida a un centro de tratamiento o a un médico una desintoxicación con atención médica. Pregunte qué tratamiento sigue después.",
        NextStep::PrescriberTaper => "Pregúntele al médico que le receta el medicamento por una reducción lenta: bajar la dosis poco a poco, con chequeos en el camino.",
        NextStep::SedativeSupervised => "Dejar las benzodiacepinas u otros sedantes necesita un médico: una reducción lenta y supervisada o un lugar con atención las 24 horas, según decida el médico.",
        NextStep::WatchDangerSigns => "Si se confunde, ve u oye cosas, le da fiebre alta o tiene una convulsión, llame al 911. Pida a alguien que esté pendiente de usted.",
        NextStep::Mixing => "Mezclar opioides con sedantes o alcohol, o alcohol con sedantes, es la mayor causa de muertes por sobredosis. No los mezcle, y tenga naloxona (Narcan) a mano.",
        NextStep::Talk988Today => "Hable con alguien hoy: llame o envíe un mensaje de texto al 988 (oprima 2 para español). Es gratis, confidencial y atiende de día y de noche.",
        NextStep::SameDaySafety => "Hable hoy con alguien sobre qué tan a salvo se siente: llame o envíe un mensaje de texto al 988, o vea a un médico o vaya a una clínica de crisis.",
        NextStep::Keep988 => "Si vienen pensamientos difíciles, llame o envíe un mensaje de texto al 988 cuando quiera. No tiene que contar nada aquí.",
        NextStep::UrgentMentalHealth => "Hace falta una evaluación de salud mental en uno o dos días: pídala a un médico, a una línea de crisis o a una clínica de atención urgente.",
        NextStep::MentalHealthToo => "Busque un programa que también trate la salud mental, no solo el consumo.",
        NextStep::MentalHealthCare => "Hable con un médico o un consejero de salud mental sobre cómo se siente. Puede llamar o enviar un mensaje de texto al 988 cuando quiera.",
        NextStep::MoudPregnancy => "No deje los opioides de golpe. Medicamentos como la buprenorfina y la metadona son seguros en el embarazo cuando los receta un médico. Consulte pronto a un médico.",
        NextStep::Moud => "Pregunte por medicamentos para el consumo de opioides: buprenorfina (Suboxone) o metadona. Bajan las ansias y el riesgo de morir por sobredosis.",
        NextStep::KeepMedicine => "Siga tomando su medicamento para el consumo de opioides o de alcohol. Dejarlo aumenta el riesgo de sobredosis. Cuéntele a quien se lo receta si usa otras cosas.",
        NextStep::TalkToPrescriber => "Siga tomando sus opioides como se los recetaron. Hable con quien se los receta si algo le preocupa, y antes de cambiar la dosis.",
        NextStep::PrenatalCare => "Hace falta atención prenatal (cuidado durante el embarazo), y el equipo debe saber del consumo. Están para ayudar, no para juzgar.",
        NextStep::Naloxone => "Tenga naloxona (Narcan) a mano; las farmacias la venden sin receta. Use tiras de prueba de fentanilo. No use a solas.",
        NextStep::NaloxoneHome => "Tenga naloxona (Narcan) en casa, y enseñe a usarla a las personas que viven con usted. Las farmacias la venden sin receta.",
        NextStep::LostTolerance => "Después de un tiempo sin usar, el cuerpo ya no aguanta la cantidad de antes: hasta un poco puede causar una sobredosis. No use a solas, y tenga naloxona a mano.",
        NextStep::DvHotline => "La Línea Nacional sobre la Violencia Doméstica puede ayudarle a planear su seguridad: llame al 1-800-799-7233 o envíe START al 88788.",
        NextStep::Childhelp => "Si un niño o adolescente sufre daño o tiene miedo en casa, llame a la línea de Childhelp: 1-800-422-4453.",
        NextStep::CraftFirst => "Empiece con CRAFT: una forma en que las familias ayudan a un ser querido que no está listo. Funciona para unas 2 de cada 3 familias.",
        NextStep::CraftUnsure => "Todavía no está claro si su ser querido quiere ayuda. CRAFT enseña a las familias a hablar del tratamiento de una forma que le ayude a decir que sí.",
        NextStep::FamilySupport => "Busque apoyo para usted también: grupos para familias, la línea de ayuda de Partnership to End Addiction, o el 988.",
        NextStep::AdolescentProgram => "Busque un programa hecho para adolescentes.",
        NextStep::FamilyInvolvement => "Involucre a la familia. A los adolescentes les va mejor cuando un padre o un adulto de confianza participa.",
        NextStep::FullAssessment => "Faltan algunas respuestas, así que esto es menos seguro. El próximo paso es una evaluación completa con un consejero o un médico.",
        NextStep::ContinuingCare => "Lo que ayuda debe seguir: reuniones, consejería o chequeos. Si crecen las ansias o se vuelve a usar, pedir ayuda pronto es parte de la recuperación.",
        NextStep::HomeSupport => "Pregunte por ayuda con un lugar donde vivir y con apoyo: llame al 211, o a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357. Los grupos de recuperación también pueden dar apoyo.",
        NextStep::StepDown => "Lo siguiente es un programa de transición del nivel que se sugiere aquí, ahora que terminó el programa residencial.",
        NextStep::TalkToCenter => "Hable con un centro de tratamiento sobre este nivel de atención. Harán una evaluación completa y lo confirmarán.",
        NextStep::FindTreatment => "Busque programas cerca de usted en FindTreatment.gov, o llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 (en español).",
        NextStep::SelfGuided => "Las herramientas de autoayuda y los grupos de apoyo gratis pueden ayudar. Un médico puede ayudar a tomar o usar menos.",
        NextStep::CheckAgain => "Vuelva a revisar en uno o dos meses, o antes si algo cambia.",
    }
}

/// The loved-one wording of [`next_step`] where it differs.
fn next_step_theirs(s: NextStep) -> Option<&'static str> {
    match s {
        NextStep::HospitalToday => Some("Ayude a su ser querido a ir a un hospital hoy. Que diga que está embarazada y que usa opioides y alcohol o sedantes. No debe dejar nada de golpe."),
        NextStep::EmergencyRoomNow => Some("Lleve a su ser querido a una sala de emergencias ahora, o llame al 911. No deje que maneje."),
        NextStep::SeeDoctorToday => Some("Su ser querido debe ver a un médico hoy por el problema de salud que mencionó. Si es grave, como un dolor fuerte de pecho o dificultad para respirar, llame al 911."),
        NextStep::DoNotStopSuddenly => Some("Su ser querido no debe dejarlo de golpe por su cuenta. Un médico debe ayudar. Dejar el alcohol o los sedantes de repente puede causar convulsiones."),
        NextStep::PrescriberTaper => Some("Su ser querido puede preguntarle al médico que le receta el medicamento por una reducción lenta: bajar la dosis poco a poco, con chequeos en el camino."),
        NextStep::WatchDangerSigns => Some("Si su ser querido se confunde, ve u oye cosas, le da fiebre alta o tiene una convulsión, llame al 911."),
        NextStep::Mixing => Some("Mezclar opioides con sedantes o alcohol, o alcohol con sedantes, es la mayor causa de muertes por sobredosis. Pídale a su ser querido que no los mezcle, y tenga naloxona (Narcan) a mano."),
        NextStep::Talk988Today => Some("Llame o envíe un mensaje de texto al 988 hoy, con su ser querido o para pedir consejo (oprima 2 para español). Es gratis, confidencial y atiende de día y de noche."),
        NextStep::SameDaySafety => Some("Pregúntele hoy a su ser querido si está a salvo. Llame o envíe un mensaje de texto al 988 con esa persona, o para pedir consejo. También puede ver a un médico o ir a una clínica de crisis."),
        NextStep::Keep988 => Some("Si su ser querido tiene pensamientos difíciles, cualquiera de los dos puede llamar o enviar un mensaje de texto al 988 cuando quiera."),
        NextStep::MentalHealthCare => Some("Ayude a su ser querido a ver a un médico o a un consejero de salud mental. Cualquiera de los dos puede llamar o enviar un mensaje de texto al 988 cuando quiera."),
        NextStep::MoudPregnancy => Some("Su ser querido no debe dejar los opioides de golpe. Medicamentos como la buprenorfina y la metadona son seguros en el embarazo cuando los receta un médico. Ayúdele a ver pronto a un médico."),
        NextStep::KeepMedicine => Some("Su ser querido debe seguir tomando su medicamento para el consumo de opioides o de alcohol. Dejarlo aumenta el riesgo de sobredosis."),
        NextStep::TalkToPrescriber => Some("Su ser querido debe seguir tomando sus opioides como se los recetaron. Debe hablar con quien se los receta antes de cambiar la dosis."),
        NextStep::Naloxone => Some("Tenga naloxona (Narcan) a mano y aprenda a usarla; las farmacias la venden sin receta. Pídale a su ser querido que no use a solas."),
        NextStep::NaloxoneHome => Some("Tenga naloxona (Narcan) en casa, y aprenda a usarla. Las farmacias la venden sin receta."),
        NextStep::LostTolerance => Some("Después de un tiempo sin usar, el cuerpo ya no aguanta la cantidad de antes: hasta un poco puede causar una sobredosis. Pídale a su ser querido que no use a solas, y tenga naloxona a mano."),
        _ => None,
    }
}

/// A short Spanish note for a flag.
pub fn flag(f: Flag, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = flag_theirs(f) {
            return s;
        }
    }
    match f {
        Flag::CoOccurring => "La atención de la salud mental forma parte del plan.",
        Flag::UrgentMentalHealth => "Hace falta una evaluación urgente de salud mental.",
        Flag::SuicideRisk => "Hable con alguien hoy: llame o envíe un mensaje de texto al 988.",
        Flag::SuicideDeclined => "El 988 atiende a cualquier hora, de día y de noche.",
        Flag::DangerUnsure => "Si en algún momento no se siente a salvo, llame o envíe un mensaje de texto al 988, o llame al 911.",
        Flag::Moud => "Los medicamentos para el consumo de opioides son un buen primer paso.",
        Flag::Naloxone => "La naloxona y las tiras de prueba de fentanilo pueden salvar una vida.",
        Flag::LostTolerance => "El riesgo de sobredosis es mayor después de un tiempo sin usar.",
        Flag::PastOverdose => "Una sobredosis anterior aumenta el riesgo de otra.",
        Flag::Pregnancy => "Atención médica que tiene en cuenta el embarazo.",
        Flag::PregnancyOpioids => "No deje los opioides de golpe durante el embarazo.",
        Flag::Adolescent => "Programas para adolescentes, con la familia.",
        Flag::ViolenceAtHome => "Violencia en casa: la línea de ayuda puede ayudar con la seguridad.",
        Flag::ChildHurtAtHome => "Un menor que sufre daño en casa: Childhelp puede ayudar.",
        Flag::FamilyMode => "Respondido por un familiar o amigo.",
        Flag::LovedOneUnwilling => "Su ser querido todavía no está listo. CRAFT puede ayudar.",
        Flag::LovedOneUnsure => "Su ser querido podría aceptar ayuda. CRAFT puede ayudar.",
        Flag::Uncertain => "Esta sugerencia es incierta porque faltan muchas respuestas.",
        Flag::MedicalRedFlag => "Hay un problema de salud que un médico debe ver hoy.",
        Flag::StepDown => "Un paso de transición después de un programa residencial.",
        Flag::BenzoTaper => "Una reducción lenta con el médico que receta.",
        Flag::SedativeSupervised => "Para dejar los sedantes hace falta la ayuda de un médico.",
        Flag::DoNotStopSuddenly => "No lo deje de golpe por su cuenta.",
        Flag::NoUseReported => "Usted no indicó consumo de alcohol ni de drogas.",
        Flag::Mixing => "Mezclarlos aumenta el riesgo de sobredosis.",
        Flag::KeepMedicine => "Siga tomando el medicamento.",
        Flag::OpioidPrescribed => "Opioides como se los recetaron.",
        Flag::Recovery => "En recuperación desde hace 3 meses o más.",
        Flag::HomeSupport => "Ayuda con la vivienda o el apoyo.",
        Flag::SameDaySafety => "Un chequeo de seguridad hoy.",
        Flag::StreetSupply => "Drogas que no vienen de una farmacia.",
        Flag::KeyUnknown => "Faltan respuestas clave.",
        Flag::SignsNowUnknown => "No se sabe si hay señales de abstinencia ahora.",
    }
}

/// The loved-one wording of [`flag`] where it differs.
fn flag_theirs(f: Flag) -> Option<&'static str> {
    match f {
        Flag::SuicideRisk => Some("Llame o envíe un mensaje de texto al 988 hoy, con su ser querido o para pedir consejo."),
        Flag::PregnancyOpioids => Some("Su ser querido no debe dejar los opioides de golpe durante el embarazo."),
        Flag::DoNotStopSuddenly => Some("Su ser querido no debe dejarlo de golpe por su cuenta."),
        Flag::NoUseReported => Some("Usted no indicó consumo de alcohol ni de drogas de su ser querido."),
        _ => None,
    }
}

/// The Spanish crisis card for a kind of crisis.
pub fn crisis(c: Crisis, voice: Voice) -> CrisisCard {
    let (title, steps): (&str, &[&str]) = match (c, voice) {
        (Crisis::Overdose, _) => ("Puede ser una sobredosis. Actúe ahora.", &[
            "Llame al 911.",
            "Dé naloxona (Narcan) si la tiene. Puede haber opioides. Puede dar una segunda dosis después de 2 a 3 minutos.",
            "Si no respira bien, incline la cabeza hacia atrás y dé respiración de rescate.",
            "Quédese con la persona. Póngala de lado para que no se ahogue.",
        ]),
        (Crisis::Seizure, You) => ("Una convulsión es una emergencia.", &[
            "Llame al 911 ahora, aunque ya haya parado. Puede venir otra.",
            "No se quede a solas: pida a alguien que esté con usted hasta que llegue la ayuda.",
            "No maneje, y no tome alcohol ni pastillas para calmarla.",
        ]),
        (Crisis::Seizure, They) => ("Una convulsión es una emergencia.", &[
            "Llame al 911.",
            "Aleje las cosas duras o filosas. No sujete a la persona. No le ponga nada en la boca.",
            "Cuando pare el temblor, póngala de lado y quédese con ella.",
        ]),
        (Crisis::WithdrawalDelirium, You) => ("Pueden ser señales de una abstinencia peligrosa.", &[
            "Llame al 911 ahora. Si puede, quite el seguro de la puerta.",
            "La confusión, ver u oír cosas, o la fiebre después de dejar el alcohol o los sedantes pueden ser mortales sin atención.",
            "No maneje. No tome alcohol ni pastillas para calmarlo. Pida a alguien que se quede con usted.",
        ]),
        (Crisis::WithdrawalDelirium, They) => ("Pueden ser señales de una abstinencia peligrosa.", &[
            "Llame al 911 ahora, o vaya a la sala de emergencias más cercana.",
            "La confusión, ver u oír cosas, o la fiebre después de dejar el alcohol o los sedantes pueden ser mortales sin atención.",
            "No le dé alcohol ni pastillas para calmarlo. Quédese con la persona.",
        ]),
        (Crisis::Suicide, You) => ("No tiene que pasar por esto a solas.", &[
            "Llame o envíe un mensaje de texto al 988 ahora (oprima 2 para español). Alguien le escuchará, de día o de noche.",
            "Si podría actuar ahora, llame al 911 o vaya a una sala de emergencias.",
            "Aléjese de cualquier cosa que pudiera usar para hacerse daño.",
        ]),
        (Crisis::Suicide, They) => ("Su ser querido necesita ayuda ahora.", &[
            "Llame o envíe un mensaje de texto al 988 ahora (oprima 2 para español). También ayudan a familiares y amigos.",
            "Si podría actuar ahora, llame al 911. Quédese con su ser querido.",
            "Si es seguro hacerlo, retire armas, pastillas y otras cosas que pudiera usar para hacerse daño.",
        ]),
        (Crisis::HarmOthers, _) => ("Busque ayuda ahora para que todos estén a salvo.", &[
            "Si alguien puede salir herido ahora, llame al 911.",
            "Llame o envíe un mensaje de texto al 988 para hablarlo con un consejero, de día o de noche.",
            "Tome distancia de otras personas y de cualquier arma.",
        ]),
        (Crisis::RedFlag, You) => ("Esto necesita atención de emergencia ahora.", &[
            "Vaya a una sala de emergencias ahora. No maneje usted: pida a alguien que le lleve, o llame al 911.",
            "Si siente que se va a desmayar, sangra mucho o el dolor es fuerte, llame al 911.",
            "Dígale al personal lo que toma o usa. Eso les ayuda a tratarle.",
        ]),
        (Crisis::RedFlag, They) => ("Esto necesita atención de emergencia ahora.", &[
            "Lleve a su ser querido a una sala de emergencias ahora, o llame al 911. No deje que maneje.",
            "Si se desmaya, sangra mucho o el dolor es fuerte, llame al 911.",
            "Dígale al personal lo que su ser querido toma o usa. Eso les ayuda a tratarle.",
        ]),
        (Crisis::Medical, You) => ("Es una emergencia médica.", &[
            "Llame al 911 ahora.",
            "Si puede, quite el seguro de la puerta y pida a alguien que se quede con usted.",
        ]),
        (Crisis::Medical, They) => ("Es una emergencia médica.", &[
            "Llame al 911 ahora.",
            "Quédese con la persona hasta que llegue la ayuda.",
        ]),
        (Crisis::Violence, _) => ("Su seguridad es lo primero.", &[
            "Si está en peligro ahora, llame al 911.",
            "Cuando sea seguro, la Línea Nacional sobre la Violencia Doméstica puede ayudar: llame al 1-800-799-7233 o envíe START al 88788.",
            "Si necesita salir rápido de esta página, use el botón de salida.",
        ]),
        (Crisis::PsychosisRisk, _) => ("Esto necesita ayuda enseguida.", &[
            "Llame o envíe un mensaje de texto al 988 ahora, o llame al 911 si alguien puede salir herido.",
            "Quédese con la persona, hable con calma y mantenga el lugar tranquilo y seguro.",
        ]),
        (Crisis::DangerNow, _) => ("Si hay duda, busque ayuda ahora.", &[
            "Si alguien puede salir herido ahora, llame al 911.",
            "Si no sabe qué hacer, llame o envíe un mensaje de texto al 988. También ayudan a familiares y amigos.",
        ]),
    };
    CrisisCard { title, steps }
}

/// The Spanish name of a resource.
pub fn resource_name(r: ResourceId) -> &'static str {
    match r {
        ResourceId::Lifeline988Call => "988 Línea de Prevención del Suicidio y Crisis: llamar",
        ResourceId::Lifeline988Text => "988 Línea de Prevención del Suicidio y Crisis: mensaje de texto",
        ResourceId::Emergency911 => "Emergencias: 911",
        ResourceId::SamhsaHelpline => "Línea Nacional de Ayuda de SAMHSA",
        ResourceId::SamhsaTty => "Línea Nacional de Ayuda de SAMHSA (TTY)",
        ResourceId::FindTreatment => "FindTreatment.gov",
        ResourceId::FindAHelpline => "Fuera de EE. UU.: Find A Helpline",
        ResourceId::DvHotlineCall => "Línea Nacional sobre la Violencia Doméstica: llamar",
        ResourceId::DvHotlineText => "Línea Nacional sobre la Violencia Doméstica: envíe START",
        ResourceId::Childhelp => "Línea Nacional de Childhelp contra el Abuso Infantil",
        ResourceId::PartnershipHelpline => "Partnership to End Addiction: línea de ayuda para familias",
        ResourceId::Craft => "Ayuda CRAFT para familias (Partnership to End Addiction)",
        ResourceId::SmartFamily => "SMART Recovery Family & Friends (familia y amigos)",
        ResourceId::AlAnon => "Al-Anon y Alateen",
        ResourceId::NarAnon => "Grupos de Familia Nar-Anon",
    }
}

/// One Spanish line about a resource.
pub fn resource_note(r: ResourceId) -> &'static str {
    match r {
        ResourceId::Lifeline988Call => "Gratis, confidencial, de día y de noche. Oprima 2 para español, 1 para veteranos. TTY: marque 711 y luego 988. También ayuda con el consumo de sustancias y a familias preocupadas.",
        ResourceId::Lifeline988Text => "Envíe un mensaje de texto al 988 para hablar con un consejero de crisis.",
        ResourceId::Emergency911 => "Para un peligro en este momento.",
        ResourceId::SamhsaHelpline => "1-800-662-4357. Gratis, confidencial, las 24 horas, en inglés y en español. Ayuda para encontrar tratamiento.",
        ResourceId::SamhsaTty => "1-800-487-4889, para personas sordas o con problemas de audición.",
        ResourceId::FindTreatment => "Un sitio gratis del gobierno de EE. UU. para encontrar tratamiento cerca de usted.",
        ResourceId::FindAHelpline => "Fuera de EE. UU., llame al número de emergencias local. Este sitio tiene líneas de crisis de muchos países.",
        ResourceId::DvHotlineCall => "1-800-799-7233. Gratis, confidencial, de día y de noche, en español.",
        ResourceId::DvHotlineText => "Envíe START al 88788.",
        ResourceId::Childhelp => "1-800-422-4453. Para niños y adolescentes que sufren daño o tienen miedo en casa, y para los adultos que los cuidan.",
        ResourceId::PartnershipHelpline => "1-855-378-4373. Orientación gratis para padres y familias, también en español.",
        ResourceId::Craft => "Aprenda CRAFT: formas de ayudar a un ser querido a buscar tratamiento, y de cuidarse usted.",
        ResourceId::SmartFamily => "Reuniones gratis para familiares y amigos, basadas en la ciencia.",
        ResourceId::AlAnon => "Grupos gratis para personas afectadas por la forma de tomar de alguien. Alateen es para adolescentes.",
        ResourceId::NarAnon => "Grupos gratis para personas afectadas por el consumo de drogas de alguien.",
    }
}

/// The Spanish name of an area.
pub fn area(a: Area) -> &'static str {
    match a {
        Area::Withdrawal => "Intoxicación y abstinencia",
        Area::Physical => "Salud física",
        Area::MentalHealth => "Salud mental y seguridad",
        Area::UseRisk => "Consumo y riesgo de recaída",
        Area::Environment => "Hogar y apoyo",
        Area::Person => "Sobre usted y su horario",
    }
}

/// A Spanish line of the plan about the schedule.
pub fn plan_line(p: PlanLine, voice: Voice) -> &'static str {
    if voice == They {
        if let Some(s) = plan_line_theirs(p) {
            return s;
        }
    }
    match p {
        PlanLine::HoursFit => "Las horas que tiene libres alcanzan para este nivel de atención.",
        PlanLine::HoursShort => "Este nivel suele necesitar más horas de las que dijo tener libres. La sugerencia sigue igual; estas opciones pueden ayudar a que encaje.",
        PlanLine::EveningsFit => "Los programas de noche encajan con los horarios que dijo tener libres.",
        PlanLine::WeekendsFit => "Las sesiones de fin de semana encajan con los horarios que dijo tener libres.",
        PlanLine::AskEvening => "Pregunte por programas de noche.",
        PlanLine::AskWeekend => "Pregunte por programas de fin de semana.",
        PlanLine::AskOnline => "Pregunte por programas por internet (video), para ahorrar tiempo de viaje.",
        PlanLine::JobProtectedLeave => "Pregunte por una licencia con protección del empleo: la Ley de Licencia Familiar y Médica de EE. UU. (FMLA) puede cubrir el tiempo libre para tratamiento.",
        PlanLine::SchoolHours => "Pregunte por programas después de clases. El consejero escolar puede ayudar a organizarlo.",
        PlanLine::TeenIopHours => "Para adolescentes, un IOP suele ser de unas 6 horas o más a la semana.",
        PlanLine::AskChildcare => "Pregunte al programa por cuidado de niños, o por horarios que funcionen con eso.",
        PlanLine::AskTransport => "Pregunte por transporte, ayuda con el pasaje, o sesiones por internet.",
        PlanLine::AskCost => "Pregunte por el costo: seguro médico, Medicaid, tarifas según ingresos y programas pagados por el estado. La Línea de Ayuda de SAMHSA puede ayudar a encontrar atención de bajo costo.",
        PlanLine::TimeAway => "Esta atención significa pasar un tiempo fuera de casa y del trabajo.",
        PlanLine::FollowOn => "Después de la desintoxicación, el tratamiento sigue en el próximo nivel. Planéelo con el equipo.",
    }
}

/// The loved-one wording of [`plan_line`] where it differs.
fn plan_line_theirs(p: PlanLine) -> Option<&'static str> {
    match p {
        PlanLine::HoursFit => Some("Las horas que tiene libres su ser querido alcanzan para este nivel de atención."),
        _ => None,
    }
}

/// How the schedule fits, in Spanish. "Su horario" reads the same for "usted" and for the
/// loved one, so one wording serves both voices.
pub fn fit(f: Fit, _voice: Voice) -> &'static str {
    match f {
        Fit::NotNeeded => "No hace falta un horario para este paso.",
        Fit::Unknown => "No preguntamos o no recibimos su horario.",
        Fit::Fits => "Encaja con su horario",
        Fit::DoesNotFit => "Todavía no encaja con su horario",
        Fit::TimeAway => "Necesita tiempo fuera de casa",
    }
}

/// Standing notices of the result, in Spanish.
pub fn notice(n: Notice) -> &'static str {
    match n {
        Notice::NotADiagnosis => "Esto es una sugerencia, no un diagnóstico. Un profesional clínico confirma el nivel de atención.",
        Notice::NotReviewed => "Estas reglas todavía no han sido revisadas por un profesional clínico con licencia.",
        Notice::Reviewed => "Estas reglas fueron revisadas por un profesional clínico con licencia:",
        Notice::RulesVersion => "Versión de las reglas",
        Notice::UsResources => "Estos recursos son de EE. UU.",
        Notice::Tty988 => "Usuarios de TTY: marquen 711 y luego 988.",
        Notice::Spanish988 => "Para español, oprima 2.",
        Notice::Then => "Después:",
        Notice::BecauseYouAnswered => "Según estas respuestas:",
        Notice::RiskFactors => "Factores de riesgo:",
        Notice::Substances => "Sustancias:",
        Notice::CallTitle => "Qué decir cuando llame:",
        Notice::CallAbout => "Llamo por un ser querido.",
        Notice::CallAboutTeen => "Llamo por un ser querido menor de 18 años.",
        Notice::CallAboutAdult => "Llamo por un ser querido adulto.",
        Notice::CallAboutOlder => "Llamo por un ser querido de 65 años o más.",
        Notice::CallWorried => "Me preocupa su consumo de",
        Notice::CallWorriedAny => "Me preocupa su consumo de alcohol o drogas.",
        Notice::CallLevel => "Una evaluación en internet sugirió:",
        Notice::HoursWeekly => "Unas {min} a {max} horas a la semana",
        Notice::HoursWeeklyOrMore => "Unas {min} horas o más a la semana",
        Notice::HoursAllDay => "De día y de noche (24 horas)",
    }
}
