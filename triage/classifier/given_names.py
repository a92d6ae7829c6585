"""Forms of the same given name: the familiar ones ("Dave" for David, "Izzy" for Isabel)
and the same name in other languages ("Georgios" for George).

People name a common connection the way they know them, not as the recipient stored
them. Forms that change the name's start cannot be told from another name by spelling
("Jim" is not a start of "James", "Bill" not of "William"), so they are listed here as
general knowledge of names, one line of names per name. A form may belong to several
groups ("Chris": Christopher, Christine, Christian); two names are forms of each other
when one group holds both. Names whose start or a pet ending already shows ("Rach", "Sammy")
need no entry: matching._is_short_form reads those.

Folded spellings: lower case, no accents.
"""

from __future__ import annotations

_GROUPS = (
    # English, with the continental forms of the same name
    "william will bill billy willy wills guillermo guillaume wilhelm willem guglielmo",
    "james jim jimmy jamie jimbo jaime giacomo jacques",
    "david dave davey davy davide dawid",
    "robert rob bob bobby robbie bert roberto robbert",
    "richard rick ricky rich richie dick ricardo riccardo",
    "michael mike mikey mick mickey miguel michel michele mikhail misha michal mikael",
    "elizabeth liz lizzie lizzy beth betty eliza libby elisabeth elisabetta",
    "isabel isabella isabelle izzy izzie bella isa",
    "margaret maggie meg peggy margarita margherita marguerite",
    "katherine catherine kathryn katharine kate katie kathy cathy kat",
    "katherine catherine ekaterina katya caterina katarina catalina",
    "mohammed muhammad mohamed mohammad muhammed mo moe",
    "tyler ty",
    "natalie nat natalia natasha natalya",
    "nathan nate nat",
    "nathaniel nate nat",
    "alexander alex sasha xander alejandro alessandro alexandre aleksander aleksandr sandro",
    "alexandra alex sasha lexi alessandra alejandra",
    "anthony tony antonio antoine anton",
    "andrew andy drew andres andre andreas andrzej",
    "christopher chris kit cristobal christoph",
    "christine christina chris chrissy tina cristina",
    "christian chris cristian",
    "daniel dan danny dani",
    "danielle dani daniela",
    "edward ed eddie ted teddy ned eduardo edoardo edouard",
    "thomas tom tommy tomas tommaso tomasz",
    "joseph joe joey jose giuseppe josef jozef pepe",
    # (not Ian, Sean, Ivan or Jan: forms of John that English speakers take as names of
    # their own)
    "john jack johnny jon juan johann johannes giovanni joao",
    "jonathan jon jonny johnny",
    "benjamin ben benny benji benjamim",
    "samuel sam sammy samuele",
    "samantha sam sammy sammie",
    "susan sue susie suzie suzy suze suzanne susanna susana",
    "patrick pat paddy patricio patrizio",
    "patricia pat patty trish tricia",
    "stephen steven steve stevie stefan stefano esteban etienne stephan",
    "matthew matt matty mateo matteo mathieu matthias mateusz",
    "nicholas nick nicky nico nicolas nicola nikolai nikolaos",
    "nicole nikki nicky nicola",
    "rebecca becky becca",
    "jennifer jen jenny",
    "deborah deb debbie",
    "victoria vicky vicki tori",
    "abigail abby abi",
    "gregory greg gregorio grzegorz",
    "timothy tim timmy",
    "kenneth ken kenny",
    "lawrence laurence larry laurie",
    "frederick fred freddie freddy federico friedrich",
    "francis frank frankie francesco francisco francois franz paco",
    "frances fran frankie francesca francisca francoise",
    "henry harry hank hal enrique enrico henri heinrich",
    # (not Carl or Karl: "Carl Jensen" beside a Karl Jensen is a look-alike, not a nickname)
    "charles charlie chuck chas carlos carlo",
    "charlotte charlie lottie carlota carlotta",
    "george georgios giorgos yiorgos jorge georg georges giorgio jurgen jerzy",
    "peter pete pedro pierre pietro piotr petr pieter",
    "paul pablo paulo paolo pawel",
    "helen helena elena helene ellen lena",
    "olivia liv livvy",
    "gabriel gabe gabriele",
    "gabrielle gabriella gabi gaby",
    "jessica jess jessie",
    "joshua josh",
    "zachary zach zack",
    "jacob jake jakob jakub",
    "dmitri dmitry dima",
    "yevgeny evgeny zhenya",
)


def _forms() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for written in _GROUPS:
        group = written.split()
        for name in group:
            forms.setdefault(name, set()).update(group)
    return {name: frozenset(others - {name}) for name, others in forms.items()}


_FORMS = _forms()


def are_forms_of_one_name(word: str, known: str) -> bool:
    """Whether two (folded) given names are forms of one name, as listed above."""
    return word in _FORMS.get(known, ())
