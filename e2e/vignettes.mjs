// The public vignettes (shared/vignettes/vignettes.md) as a person would answer them through
// the UI: for each, the questions in the order they appear, each with the visible labels to
// choose. Written from the engine's answer files (examples/answers/P*.json) in the words of
// the English catalogue; when a question's wording changes, the driver below stops at the
// first heading that no longer matches, so this file cannot silently drift.
//
// Also here: what each vignette must reach (the acceptable levels, by their visible names)
// and the content it must show, and `answerVignette`, which drives the widget (a Playwright
// page or frame) from the start page to the result by those labels.

/** The levels as the result page names them (English catalogue). */
export const LEVEL_NAMES = {
  early: "Early support",
  outpatient: "Outpatient care",
  iop: "Intensive outpatient program (IOP)",
  php: "Partial hospitalization program (PHP)",
  residential: "Residential (live-in) treatment",
  withdrawal: "Medically supervised withdrawal (detox)",
  emergency: "Emergency help now",
};

/** Each vignette's questions in order, with the labels to choose. */
export const STEPS = {
  P01: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Alcohol"]],
    ["How often do you have a drink with alcohol in it?", ["2 to 4 times a month"]],
    ["On a day when you drink, how many drinks do you usually have?", ["3 or 4"]],
    ["How often do you have 6 or more drinks at one time?", ["About once a month"]],
    ["When did you last drink alcohol or use a sedative?", ["1 to 3 days ago"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["None of these"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["None of these"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
  ],
  P02: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Cannabis (marijuana, weed, vapes, edibles)"]],
    ["How often do you use cannabis (marijuana, weed, vapes, edibles)?", ["Every day or almost every day"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Gave up or cut back on things that mattered, to use", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["9 to 19 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday evenings"]],
  ],
  P03: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Alcohol"]],
    ["How often do you have a drink with alcohol in it?", ["4 or more times a week"]],
    ["On a day when you drink, how many drinks do you usually have?", ["10 or more"]],
    ["How often do you have 6 or more drinks at one time?", ["Every day or almost every day"]],
    ["When did you last drink alcohol or use a sedative?", ["Today"]],
    ["How long have you been drinking this much on most days?", ["A year or more"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["A seizure (a fit)", "Withdrawal signs like shakes, sweats or feeling sick"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["Shaky hands or sweating"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Needed much more to feel the effect, or the usual amount did less", "Felt sick when it wore off (shaky, sweaty, sick, cannot sleep), or used to stop that"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["I'm not sure"]],
    ["When are you usually free, and which of these matter for you?", ["None of these"]],
  ],
  P04: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Sedatives: benzos like Xanax, sleeping pills, GHB, gabapentin, phenibut"]],
    ["How often do you use sedatives (for example Xanax, Valium, Klonopin, sleeping pills, GHB, gabapentin or phenibut)?", ["Every day or almost every day"]],
    ["Where do your sedatives come from?", ["Prescribed to me, but I take more than prescribed", "Pills from friends, the street or online (not from a pharmacy)"]],
    ["When did you last drink alcohol or use a sedative?", ["Today"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["None of these"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["None of these"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Had strong urges (cravings) to use", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["Have you ever overdosed?", ["Never"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["More than half the days"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["More than half the days"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["6 to 8 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday evenings"]],
  ],
  P05: [
    ["Who are you answering for?", ["A family member or friend"]],
    ["Is your loved one, or anyone else, in danger right now?", ["No, no one is in danger right now"]],
    ["How old is your loved one?", ["18 to 64"]],
    ["In the past year, which of these has your loved one used?", ["Opioids: fentanyl, heroin, or pain pills like oxycodone"]],
    ["How often does your loved one use opioids (fentanyl, heroin, pain pills)?", ["Every day or almost every day"]],
    ["What kind of opioids do they use, and where do they come from?", ["Heroin or fentanyl (powder, or pressed into pills)"]],
    ["In the past year, have any of these happened to your loved one?", ["Used more, or for longer, than meant to", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Kept using even though it caused trouble with family or friends", "Needed much more to feel the effect, or the usual amount did less", "Felt sick when it wore off (shaky, sweaty, sick, cannot sleep), or used to stop that"]],
    ["Has your loved one ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["Has your loved one ever overdosed?", ["Yes, in the past year"]],
    ["In the past few weeks, has your loved one said or shown that they wish they were dead?", ["No"]],
    ["In the past few weeks, has your loved one said that others would be better off if they were dead?", ["No"]],
    ["In the past week, has your loved one talked about killing themselves?", ["No"]],
    ["Has your loved one ever tried to kill themselves?", ["No"]],
    ["In the past few weeks, has your loved one talked about hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, has your loved one seemed very down, lost interest in things, or been very worried or on edge on most days?", ["No"]],
    ["In the past month, has your loved one had any of these?", ["None of these"]],
    ["Do any of these apply to your loved one?", ["None of these"]],
    ["Which of these are true about your loved one's home and the people around them?", ["None of these"]],
    ["Is your loved one willing to get help?", ["Not yet"]],
    ["About how many hours a week could your loved one spend on treatment?", ["I'm not sure"]],
    ["When is your loved one usually free, and which of these matter for them?", ["None of these"]],
  ],
  P06: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Stimulants: meth, cocaine or crack, or pills like Adderall"]],
    ["How often do you use stimulants (meth, cocaine or crack, or pills like Adderall not taken as prescribed)?", ["3 to 6 days a week"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Kept using even though it caused trouble with family or friends", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["Have you ever overdosed?", ["Never"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["Someone at home hurts, threatens or scares people there", "Others at home drink a lot or use drugs"]],
    ["About how many hours a week could you spend on treatment?", ["I'm not sure"]],
    ["When are you usually free, and which of these matter for you?", ["None of these"]],
  ],
  P07: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Alcohol", "Stimulants: meth, cocaine or crack, or pills like Adderall"]],
    ["How often do you have a drink with alcohol in it?", ["2 to 3 times a week"]],
    ["On a day when you drink, how many drinks do you usually have?", ["7 to 9"]],
    ["How often do you have 6 or more drinks at one time?", ["About once a week"]],
    ["How often do you use stimulants (meth, cocaine or crack, or pills like Adderall not taken as prescribed)?", ["1 or 2 days a week"]],
    ["When did you last drink alcohol or use a sedative?", ["1 to 3 days ago"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["None of these"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["None of these"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Use got in the way of home, work or school", "Used in risky ways more than once, like driving or unsafe sex", "Kept using even though it hurt mood or health, or caused memory blackouts"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["Have you ever overdosed?", ["Never"]],
    ["In the past few weeks, have you wished you were dead?", ["Yes"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["Do you have a plan for how you would do it, or do you mean to act on these thoughts?", ["No"]],
    ["Are you having thoughts of killing yourself right now?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["More than half the days"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Nearly every day"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Several days"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Several days"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["9 to 19 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday evenings", "Weekends"]],
  ],
  P08: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["Someone may try to kill themselves"]],
  ],
  P09: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Alcohol"]],
    ["How often do you have a drink with alcohol in it?", ["4 or more times a week"]],
    ["On a day when you drink, how many drinks do you usually have?", ["7 to 9"]],
    ["How often do you have 6 or more drinks at one time?", ["Every day or almost every day"]],
    ["When did you last drink alcohol or use a sedative?", ["More than a month ago"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["None of these"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["Finished a live-in (residential) program in the past month"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["9 to 19 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday evenings"]],
  ],
  P10: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["Under 18"]],
    ["In the past year, which of these have you used?", ["Cannabis (marijuana, weed, vapes, edibles)"]],
    ["How often do you use cannabis (marijuana, weed, vapes, edibles)?", ["Every day or almost every day"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["6 to 8 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday afternoons", "Weekends"]],
  ],
  P11: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Opioids: fentanyl, heroin, or pain pills like oxycodone"]],
    ["How often do you use opioids (fentanyl, heroin, pain pills)?", ["Every day or almost every day"]],
    ["What kind of opioids do you use, and where do they come from?", ["Pills from friends, the street or online (not from a pharmacy)"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Had strong urges (cravings) to use", "Needed much more to feel the effect, or the usual amount did less", "Felt sick when it wore off (shaky, sweaty, sick, cannot sleep), or used to stop that"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["Have you ever overdosed?", ["Never"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["Pregnant, or might be pregnant"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["6 to 8 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekday mornings"]],
  ],
  P12: [
    ["Who are you answering for?", ["A family member or friend"]],
    ["Is your loved one, or anyone else, in danger right now?", ["No, no one is in danger right now"]],
    ["How old is your loved one?", ["18 to 64"]],
    ["In the past year, which of these has your loved one used?", ["Alcohol"]],
    ["How often does your loved one have a drink with alcohol in it?", ["4 or more times a week"]],
    ["On a day when they drink, how many drinks do they usually have?", ["7 to 9"]],
    ["How often do they have 6 or more drinks at one time?", ["Every day or almost every day"]],
    ["When did your loved one last drink alcohol or use a sedative?", ["1 to 3 days ago"]],
    ["How long has your loved one been drinking this much on most days?", ["A year or more"]],
    ["When your loved one stopped or cut down in the past, did any of this happen?", ["Delirium tremens (DTs): very confused, shaking, seeing things"]],
    ["Right now, or in the past week while cutting down or stopping, has your loved one had any of these?", ["Seeing, hearing or feeling things that are not there", "Confused, not knowing where they are or what day it is"]],
  ],
  P13: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["No, no one is in danger right now"]],
    ["How old are you?", ["18 to 64"]],
    ["In the past year, which of these have you used?", ["Alcohol"]],
    ["How often do you have a drink with alcohol in it?", ["2 to 3 times a week"]],
    ["On a day when you drink, how many drinks do you usually have?", ["5 or 6"]],
    ["How often do you have 6 or more drinks at one time?", ["About once a week"]],
    ["When did you last drink alcohol or use a sedative?", ["1 to 3 days ago"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["None of these"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["None of these"]],
    ["In the past year, have any of these happened to you?", ["Used more, or for longer, than meant to", "Wanted to cut down or stop, or tried, but could not", "Spent a lot of time using, getting it, or getting over it", "Had strong urges (cravings) to use", "Use got in the way of home, work or school", "Needed much more to feel the effect, or the usual amount did less"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["None of these"]],
    ["In the past few weeks, have you wished you were dead?", ["No"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["No"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["No"]],
    ["Have you ever tried to kill yourself?", ["No"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["No"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["Not at all"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["Not at all"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["Not at all"]],
    ["In the past month, have you had any of these?", ["None of these"]],
    ["Do any of these apply to you?", ["None of these"]],
    ["Which of these are true about your home and the people around you?", ["None of these"]],
    ["About how many hours a week could you spend on treatment?", ["Less than 6 hours"]],
    ["When are you usually free, and which of these matter for you?", ["Weekends", "Hard to get time off work or school"]],
  ],
  P14: [
    ["Who are you answering for?", ["Myself"]],
    ["Is anyone in danger right now?", ["I'm not sure"]],
    ["How old are you?", ["I'd rather not say"]],
    ["In the past year, which of these have you used?", ["Alcohol"]],
    ["How often do you have a drink with alcohol in it?", ["2 to 4 times a month"]],
    ["On a day when you drink, how many drinks do you usually have?", ["I'm not sure"]],
    ["How often do you have 6 or more drinks at one time?", ["I'd rather not say"]],
    ["When did you last drink alcohol or use a sedative?", ["I'd rather not say"]],
    ["When you stopped or cut down in the past, did any of this happen?", ["I'm not sure"]],
    ["Right now, or in the past week while cutting down or stopping, have you had any of these?", ["I'd rather not say"]],
    ["In the past year, have any of these happened to you?", ["I'd rather not say"]],
    ["Have you ever had help for alcohol or drug use, or in the past month left any of these places?", ["I'd rather not say"]],
    ["In the past few weeks, have you wished you were dead?", ["I'd rather not say"]],
    ["In the past few weeks, have you felt that you or your family would be better off if you were dead?", ["I'd rather not say"]],
    ["In the past week, have you been having thoughts about killing yourself?", ["I'd rather not say"]],
    ["Have you ever tried to kill yourself?", ["I'd rather not say"]],
    ["In the past few weeks, have you had thoughts of hurting or killing someone else?", ["I'd rather not say"]],
    ["In the past 2 weeks, how often have you had little interest or joy in doing things?", ["I'm not sure"]],
    ["In the past 2 weeks, how often have you felt down, sad or hopeless?", ["I'm not sure"]],
    ["In the past 2 weeks, how often have you felt nervous, anxious or on edge?", ["I'd rather not say"]],
    ["In the past 2 weeks, how often have you not been able to stop or control worrying?", ["I'd rather not say"]],
    ["In the past month, have you had any of these?", ["I'd rather not say"]],
    ["Do any of these apply to you?", ["I'd rather not say"]],
    ["Which of these are true about your home and the people around you?", ["I'd rather not say"]],
    ["About how many hours a week could you spend on treatment?", ["I'd rather not say"]],
    ["When are you usually free, and which of these matter for you?", ["I'd rather not say"]],
  ],
};

const US_LINES = ["988 Suicide & Crisis Lifeline", "SAMHSA National Helpline", "1-800-662-4357"];

/**
 * What each vignette must reach and show (from the "acceptable" and "must show" columns).
 * `crisis`: the crisis card appears on the last answer in STEPS; the person then asks for
 * the suggestion straight away.
 */
export const VIGNETTES = [
  { id: "P01", acceptable: ["early"], mustShow: [
    "Your drinking is above the low-risk level.", "Check again in a month or two", ...US_LINES] },
  { id: "P02", acceptable: ["iop"], mustShow: [
    "Evening programs fit the times you said are free.", "6 or more of the 11 signs", "FindTreatment.gov"] },
  { id: "P03", acceptable: ["withdrawal"], mustShow: [
    "Do not stop suddenly on your own.", "After that:", "After withdrawal care, treatment goes on",
    "If a seizure happens, call 911."] },
  { id: "P04", acceptable: ["withdrawal"], mustShow: [
    "Coming off benzodiazepines or other sedatives needs a doctor", "a slow, supervised taper or a 24-hour setting",
    "Do not stop suddenly on your own.", "Keep naloxone (Narcan) nearby", "Look for a program that treats mental health too"] },
  { id: "P05", acceptable: ["outpatient", "iop", "php", "residential"], mustShow: [
    "Keep naloxone (Narcan) nearby", "Ask about medicine for opioid use", "Start with CRAFT",
    "Partnership to End Addiction", "988 Suicide & Crisis Lifeline"] },
  { id: "P06", acceptable: ["residential"], mustShow: [
    "Your home is not safe or steady right now.", "National Domestic Violence Hotline", "1-800-799-7233",
    "988 Suicide & Crisis Lifeline", "Emergency: 911"] },
  { id: "P07", acceptable: ["iop", "php"], mustShow: [
    "Look for a program that treats mental health too", "Talk to someone today: call or text 988",
    "Mood and substance use together need more support."] },
  { id: "P08", acceptable: ["emergency"], crisis: true, mustShow: ["Call 988", "Call 911", "Text 988"] },
  { id: "P09", acceptable: ["iop"], mustShow: [
    "Keep going with a step-down program", "You just finished a live-in program.", "The hours you have fit this level of care."] },
  { id: "P10", acceptable: ["outpatient", "iop"], mustShow: [
    "Look for a program made for teens.", "Involve the family.", "For teens, IOP usually means about 6 or more hours a week."] },
  { id: "P11", acceptable: ["outpatient", "iop", "php", "residential"], mustShow: [
    "Do not stop opioids suddenly.", "safe in pregnancy when prescribed", "Get prenatal care", "Keep naloxone (Narcan) nearby"] },
  { id: "P12", acceptable: ["emergency"], crisis: true, mustShow: [
    "Call 911 now.", "These can be signs of delirium tremens (DTs), a dangerous form of withdrawal."] },
  { id: "P13", acceptable: ["iop"], mustShow: [
    "This level usually needs more hours than you said are free.", "Ask about evening programs.",
    "Ask about online (video) programs", "job-protected leave"] },
  { id: "P14", acceptable: ["outpatient", "iop"], mustShow: [
    "This suggestion is uncertain because many answers are missing.", "A full assessment with a counselor or doctor is the next step."] },
].map((v) => ({ ...v, steps: STEPS[v.id] }));

/** The visible text of the element matched by `selector`, whitespace tidied. */
async function textOf(w, selector) {
  return ((await w.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The screen in one round trip: its heading, and whether it is the crisis card. */
function screen(w) {
  return w.locator("main").evaluate((main) => ({
    heading: (main.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim(),
    crisis: main.querySelector(".crisis") !== null,
  }));
}

/**
 * Answers a vignette through the UI by visible labels, from the start page to the result.
 * `w` is a Playwright page or frame locator showing the widget's start page. Returns the
 * result page's level name. Throws at the first question that does not match the fixture,
 * and at a crisis card anywhere but after the vignette's last answer.
 */
export async function answerVignette(w, v, { onScreen } = {}) {
  await w.getByRole("button", { name: "Start now" }).click();
  let previous = "the start page";
  for (const [i, [question, labels]] of v.steps.entries()) {
    const now = await screen(w);
    if (now.crisis) throw new Error(`${v.id}: a crisis card came after "${previous}"`);
    if (now.heading !== question) {
      throw new Error(`${v.id} step ${i + 1}: expected the question "${question}", found "${now.heading}"`);
    }
    for (const label of labels) await w.getByLabel(label, { exact: true }).check();
    if (onScreen) await onScreen(`question-${i + 1}`);
    await w.getByRole("button", { name: "Continue" }).click();
    previous = question;
  }
  const end = await screen(w);
  if (v.crisis) {
    if (!end.crisis) throw new Error(`${v.id}: no crisis card after "${previous}"`);
    if (onScreen) await onScreen("crisis");
    await w.getByRole("button", { name: "See the suggestion now" }).click();
    return textOf(w, ".card-head .level");
  }
  if (end.crisis) throw new Error(`${v.id}: a crisis card came after "${previous}"`);
  if (end.heading !== "Check your answers") throw new Error(`${v.id}: expected the summary, found "${end.heading}"`);
  if (onScreen) await onScreen("check");
  await w.getByRole("button", { name: "See the suggestion" }).click();
  return textOf(w, ".card-head .level");
}
