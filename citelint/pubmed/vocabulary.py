"""Words of clinical writing the label reader needs: journals, abbreviations, drug names.

Kept apart from the reader so the lists can grow without the logic moving.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Journals a label may name anywhere, by family: the record's journal must be one of its members.
JOURNALS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "N Engl J Med": (
        re.compile(r"\bNEJM\b|\bN\.?\s?Engl\.?\s?J\.?\s?Med\b|New England Journal", re.I),
        ("n engl j med", "nejm"),
    ),
    "JAMA": (re.compile(r"\bJAMA\b"), ("jama",)),
    "Lancet": (re.compile(r"\bLancet\b"), ("lancet",)),
    "BMJ": (re.compile(r"\bBMJ\b|British Medical Journal"), ("bmj", "br med j")),
    "Ann Intern Med": (
        re.compile(r"\bAnn\.?\s?Intern\.?\s?Med\b|Annals of Internal Medicine", re.I),
        ("ann intern med",),
    ),
    "J Am Coll Cardiol": (
        re.compile(r"\bJACC\b|\bJ\.?\s?Am\.?\s?Coll\.?\s?Cardiol\b"),
        ("j am coll cardiol", "jacc"),
    ),
    "Eur Heart J": (
        re.compile(r"\bEur\.?\s?Heart\s?J\b|European Heart Journal|\bEHJ\b"),
        ("eur heart j",),
    ),
    "Cochrane Database Syst Rev": (
        re.compile(r"\bCochrane\b"),
        ("cochrane database syst rev", "cochrane"),
    ),
    "Nat Med": (re.compile(r"\bNat(?:ure)?\.?\s?Med(?:icine)?\b"), ("nat med",)),
    "Ann Neurol": (re.compile(r"\bAnn\.?\s?Neurol\b|Annals of Neurology"), ("ann neurol",)),
}
# Words of NLM's journal abbreviations ("Sci Transl Med", "J Clin Oncol", "Clin Infect Dis"):
# a run of them before a year names a journal, whatever journal it is. The shortened ones
# tell a journal from a topic ("Lung Cancer 2019" may be either); the whole ones join them.
JOURNAL_SHORT_WORDS = _words(
    """J Med Sci Clin Res Rev Dis Am Eur Br Int Nat Ann Intern Transl Biol Chem Mol Genet
    Immunol Oncol Cardiol Neurol Infect Surg Pediatr Paediatr Gastroenterol Hepatol
    Endocrinol Metab Nephrol Rheumatol Dermatol Ophthalmol Urol Radiol Pharmacol Ther
    Epidemiol Proc Natl Acad Commun Rep Lett Arch Curr Opin Front Gen Physiol Microbiol Nutr
    Obstet Gynecol Respir Crit Emerg Anesth Anaesth Neurosci Psychol Syst Pract Fam Geriatr
    Soc Assoc Adv Fail Rehabil Nurs Hypertens Thromb Haemost Hematol Haematol Exp Pathol
    Invest Engl Orthop Thorac Vasc Obes Endocr Transplant Reprod Perinatol Nucl Cardiovasc
    Circ Netw Psychiatr Environ Prev Behav Dev Stud Manag Educ Biochem Biophys Immun
    Hum Antimicrob Chemother Aliment Rheum Disord Neurosurg Fertil Steril Inst Miner
    Osteoporos Analg Depend Saf Hosp Psychopharmacol Annu Appl Exerc Phys Disabil Acquir
    Defic Syndr Dial Transpl Cardiothorac Endovasc Endosc Gastrointest Dig Postgrad Aust
    Dtsch Arztebl Esp Chil Reanim Anim Incl Trop Biomol Econ Arq Tidsskr Psychother
    Psychosom Enferm Infecc"""
)
JOURNAL_WHOLE_WORDS = _words(
    """Heart Cancer Cell Health Care Public Open Allergy Diabetes Kidney Lung Stroke Pain
    Psychiatry Child Sports Intensive Trauma Addict USA Lancet JAMA BMC BMJ PLoS Affect
    Bone Joint Drug Alcohol Control Update Rhythm Age Ageing Liver World Trends Methods
    Ethics Immune Primers Early Interne Presse Toxins Retroviruses Venom Physician
    Laegeforen Agents Arthritis Mayo Nor Fr Inf Eng Can AIDS"""
)
# Journals whose names are also topics ("Stroke", "Neurology"): named only just before a year.
TOPICAL_JOURNALS = (
    "Stroke",
    "Neurology",
    "Circulation",
    "Brain",
    "Chest",
    "Diabetes Care",
    "Headache",
    "Cephalalgia",
    "Epilepsia",
    "Pain",
    "Spine",
    "Thorax",
    "Gut",
    "Blood",
    "Hypertension",
    "Pediatrics",
    "Hepatology",
    "Gastroenterology",
    "Radiology",
    "Anesthesiology",
)

# All-capital words of clinical writing that name no particular study.
COMMON_ABBREVIATIONS = _words(
    """
    rct rcts mri fmri ct pet spect hr or rr ci nnt nnh arr rrr ard sd se iqr us usa uk eu fda
    ema nice who cdc nih aha acc esc ada aan acr idsa acog asco nccn gold kdigo copd ckd hf
    hfref hfpef hfmref af afib mi stemi nstemi acs cad chd pad dvt vte pe tia ich sah ms als pd
    ad tbi sci gbs cidp dm t1d t2d t2dm htn bp sbp dbp ldl hdl hba1c bmi egfr icu ed er iv im
    po sc tnf il nsaid nsaids ssri ssris snri snris ppi ppis ace acei arb arbs arni sglt2
    sglt2i glp glp-1 dpp dpp-4 doac doacs noac noacs vka inr lmwh ufh tpa rtpa evt ivt csf eeg
    emg ecg ekg lvef ef nyha qol hrqol prom proms adl adls covid covid-19 sars sars-cov-2 hiv
    hcv hbv tb uti cap sud oud aud ptsd adhd ocd gad mdd cbt dbt ect tms rtms dbs scs tens pt
    ot ai ml gi gerd ibs ibd uc nash nafld masld ra sle oa psa gca pmr dmard dmards bcg hpv mmr
    rsv icd crt pci cabg tavr tavi savr aaa cta mra dwi flair nihss mrs gcs mmse moca phq phq-9
    gad-7 ham-d madrs vas nrs odi joa sf-36 eq-5d dsm dsm-5 icd-10 icd-11 ama apa acep ats ers
    bts sign uspstf ahrq cms esh ish accp chest eular esmo eso ean ilae ihs ichd aap acp aafp
    nhs nihr mrc va dod ldl-c apob lp crp hs-crp bnp nt-probnp cv cvd ascvd mace hfh dose rna
    dna mrna pcr ngs wgs snp gwas cgrp mab pmid doi pmc pubmed nejm jama bmj jacc ehj url faq
    ii iii iv cha2ds2-vasc has-bled chads2 abcd2 ppv npv auc roc orr pfs os dfs efs itt pp ae
    aes sae saes tx rx dx hx sx bid tid qid qd prn otc
    """
)
# Abbreviations of statistics and counts, which name no topic: "HR 0.74", "n = 4744".
STATISTICS = _words(
    """
    hr hrs or ors rr rrs ci cis nnt nnh arr rrr ard sd se iqr auc ppv npv itt md smd wmd p n
    """
)
# A plan's orders and schedule ("Plan: ... continue bisoprolol 5 mg daily; start ..."): no
# record's topic, so they do not dilute the topic of a sentence citing for the drug.
ORDER_WORDS = _words(
    """
    plan mg mcg po iv sc od bd bid tid qd daily once twice weekly continue start stop hold
    titrate recheck tablet tablets
    """
)
# Abbreviations of clinical writing, with the long forms records spell out.
CLINICAL_ABBREVIATIONS = {
    "af": "atrial fibrillation",
    "il": "interleukin",  # "IL-6": records spell out "interleukin-6"
    "hf": "heart failure",
    "hfref": "heart failure reduced ejection fraction",
    "hfpef": "heart failure preserved ejection fraction",
    "hfmref": "heart failure mildly reduced ejection fraction",
    "ef": "ejection fraction",
    "lvef": "left ventricular ejection fraction",
    "ich": "intracerebral hemorrhage",
    "sah": "subarachnoid hemorrhage",
    "tia": "transient ischemic attack",
    "ms": "multiple sclerosis",
    "pd": "parkinson disease",
    "ad": "alzheimer disease",
    "mci": "mild cognitive impairment",
    "cad": "coronary artery disease",
    "acs": "acute coronary syndrome",
    "htn": "hypertension",
    "aki": "acute kidney injury",
    "ra": "rheumatoid arthritis",
    "oa": "osteoarthritis",
    "osa": "obstructive sleep apnea",
    "mdd": "major depressive disorder",
    "gad": "generalized anxiety disorder",
    "tbi": "traumatic brain injury",
    "als": "amyotrophic lateral sclerosis",
    "pci": "percutaneous coronary intervention",
    "cabg": "coronary artery bypass",
    "evt": "endovascular thrombectomy",
    "ivt": "intravenous thrombolysis",
    "doac": "direct oral anticoagulant",
    "doacs": "direct oral anticoagulants",
    "vka": "vitamin antagonist",
    "ppi": "proton pump inhibitor",
    "ppis": "proton pump inhibitors",
    "arb": "angiotensin receptor blocker",
    "sglt2": "sodium glucose cotransporter",
    "cgrp": "calcitonin gene related peptide",
    "uti": "urinary tract infection",
    "gerd": "gastroesophageal reflux",
}
# Drug names end in these; the shortest drug name counted is seven letters.
DRUG_ENDINGS = re.compile(
    r"(?:mab|tinib|ciclib|parib|rafenib|flozin|gliptin|glutide|enatide|sartan|pril|olol|dipine"
    r"|statin|xaban|gatran|parin|prazole|azole|mycin|cillin|cycline|floxacin|navir|previr|buvir"
    r"|ciclovir|lukast|tidine|setron|triptan|gepant|semide|thiazide|afil|platin|taxel|rubicin"
    r"|terol|sonide|olone|asone|azepam|zolam|oxetine|traline|triptyline|apine|idone|piprazole"
    r"|trigine|racetam|tiapine|zodone|amide|mide|dronate|parib|lisib|umab|imab|cept|kinra|stim"
    r"|tretinoin|oxacin|conazole|pirone|glinide|glitazone|formin|quine|vudine|tegravir|teplase)$"
)
NOT_DRUGS = _words(
    """
    concept except accept percept intercept april amide diamide baseline hyaline peptide
    outcome welcome somewhere
    """
)
# Words that say nothing about which paper is meant.
LINK_WORDS = _words(
    """
    link links here source sources pubmed pmc pmid doi abstract full text article articles
    paper papers study studies trial trials review reviews reference references see read more
    view click available online pdf summary details et al colleagues data evidence research
    publication published journal report reports analysis meta systematic randomized randomised
    controlled clinical cohort guideline guidelines recommendation recommendations statement
    update original publisher publishers site website web page official free learn open version
    preprint
    """
)
MONTHS = _words(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec
    """
)

# Lay words a label may use for what records say in medical terms; either side counts.
_STEROIDS = (
    "corticosteroid glucocorticoid dexamethasone prednisolone prednisone hydrocortisone "
    "methylprednisolone budesonide"
)
_STATINS = "atorvastatin rosuvastatin simvastatin pravastatin pitavastatin hydroxymethylglutaryl"
# The members a guideline's class abbreviation stands for ("DOACs are recommended in
# preference to VKAs" citing RE-LY, whose abstract says dabigatran and warfarin).
_DOACS = "dabigatran rivaroxaban apixaban edoxaban"
_VKAS = "warfarin acenocoumarol phenprocoumon fluindione"
_ACE_INHIBITORS = "enalapril ramipril lisinopril captopril perindopril trandolapril quinapril"
_ARBS = "losartan valsartan candesartan irbesartan telmisartan olmesartan azilsartan"
_SGLT2_INHIBITORS = "empagliflozin dapagliflozin canagliflozin ertugliflozin sotagliflozin"
_GLP1_AGONISTS = "liraglutide semaglutide dulaglutide exenatide lixisenatide albiglutide"
_MRAS = "spironolactone eplerenone finerenone"
_PCSK9_INHIBITORS = "evolocumab alirocumab inclisiran"
_DPP4_INHIBITORS = "sitagliptin saxagliptin linagliptin alogliptin vildagliptin"
# Brand names of common drugs, as pharmacy and patient answers name them ("Wegovy helped
# people lose weight" citing STEP 1, user32b P1-2); a record names the generic. Lowercase,
# one word each.
_BRANDS = {
    "semaglutide": "wegovy ozempic rybelsus",
    "liraglutide": "saxenda victoza",
    "tirzepatide": "mounjaro zepbound",
    "dulaglutide": "trulicity",
    "empagliflozin": "jardiance",
    "dapagliflozin": "farxiga forxiga",
    "canagliflozin": "invokana",
    "sacubitril valsartan": "entresto",
    "finerenone": "kerendia",
    "evolocumab": "repatha",
    "alirocumab": "praluent",
    "inclisiran": "leqvio",
    "atorvastatin": "lipitor",
    "rosuvastatin": "crestor",
    "simvastatin": "zocor",
    "ezetimibe": "zetia ezetrol",
    "apixaban": "eliquis",
    "rivaroxaban": "xarelto",
    "dabigatran": "pradaxa",
    "edoxaban": "lixiana savaysa",
    "warfarin": "coumadin",
    "clopidogrel": "plavix",
    "ticagrelor": "brilinta brilique",
    "prasugrel": "effient efient",
    "sitagliptin": "januvia",
    "nirmatrelvir ritonavir": "paxlovid",
    "remdesivir": "veklury",
    "oseltamivir": "tamiflu",
    "tocilizumab": "actemra roactemra",
    "baricitinib": "olumiant",
    "pembrolizumab": "keytruda",
    "nivolumab": "opdivo",
    "adalimumab": "humira",
}
LAY_TERMS = {
    "heart attack": "myocardial infarction",
    "heart attacks": "myocardial infarction",
    "blood thinner": "anticoagulant",
    "blood thinners": "anticoagulants",
    "brain bleed": "intracerebral hemorrhage",
    "brain bleeding": "intracerebral hemorrhage",
    "mini stroke": "transient ischemic attack",
    "high blood pressure": "hypertension",
    "blood sugar": "glucose glycemic",
    "high cholesterol": "hypercholesterolemia lipid",
    "kidney": "renal",
    "kidneys": "renal",
    "water pill": "diuretic",
    "water pills": "diuretics",
    "painkiller": "analgesic",
    "painkillers": "analgesics",
    "weight loss": "obesity body weight",
    "memory loss": "cognitive impairment dementia",
    "seizure": "epilepsy",
    "seizures": "epilepsy",
    "cancer": "neoplasm carcinoma tumor",
    "lung": "pulmonary",
    "liver": "hepatic",
    "bone thinning": "osteoporosis",
    "flu": "influenza",
    "shot": "vaccine vaccination",
    "shots": "vaccine vaccination",
    "jab": "vaccine vaccination",
    # A drug class names the drugs a record is about: "steroids" for dexamethasone.
    "steroid": _STEROIDS,
    "steroids": _STEROIDS,
    "statin": _STATINS,
    "statins": _STATINS,
    "doac": _DOACS,
    "doacs": _DOACS,
    "noac": _DOACS,
    "noacs": _DOACS,
    "vka": _VKAS,
    "vkas": _VKAS,
    "oac": f"anticoagulant anticoagulation {_VKAS} {_DOACS}",
    "oacs": f"anticoagulants anticoagulation {_VKAS} {_DOACS}",
    "acei": _ACE_INHIBITORS,
    "aceis": _ACE_INHIBITORS,
    "arb": _ARBS,
    "arbs": _ARBS,
    "arni": "sacubitril neprilysin",
    "arnis": "sacubitril neprilysin",
    "sglt2i": _SGLT2_INHIBITORS,
    "sglt2is": _SGLT2_INHIBITORS,
    "glp-1 ra": _GLP1_AGONISTS,
    "glp-1 ras": _GLP1_AGONISTS,
    "mra": _MRAS,
    "mras": _MRAS,
    "pcsk9i": _PCSK9_INHIBITORS,
    "pcsk9is": _PCSK9_INHIBITORS,
    "dpp-4i": _DPP4_INHIBITORS,
    "dpp-4is": _DPP4_INHIBITORS,
    "virus": "viral coronavirus covid influenza",
}
# Read by word from a claim's terms (citelint.support.profiles), not as LAY_TERMS' phrases:
# forty brands in that alternation made every claim's scan for lay words 2.5 times slower.
BRAND_NAMES = {brand: generic for generic, brands in _BRANDS.items() for brand in brands.split()}

# What a label may say between "et al." and the year that is no journal: when or how the
# paper came out ("Wanner et al., Epub 2015"), or where it was found (review21a P2-1).
NO_JOURNAL_WORDS = frozenset(
    [
        "epub",
        "e-pub",
        "erratum",
        "corrigendum",
        "correction",
        "supplement",
        "suppl",
        "presented",
        "accessed",
        "retrieved",
        "published",
        "online",
        "updated",
        "cited",
        "available",
        "preprint",
        "abstract",
        "poster",
        "comment",
        "reply",
        "letter",
        "editorial",
        "forthcoming",
    ]
)
