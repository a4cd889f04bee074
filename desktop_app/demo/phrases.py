"""What happens in the demo office: the weather, report profiles and the words of its logs."""

from __future__ import annotations

WEATHER = (
    "Dry, clear",
    "Overcast",
    "Light rain",
    "Heavy rain",
    "Windy",
    "Fog",
    "Frost",
    "Sunny, warm",
)

# Per category: base weight, month factors (Jan..Dec), preferred hour range, narratives.
CATEGORY_PROFILE: dict[str, tuple[float, tuple[float, ...], tuple[int, int], tuple[str, ...]]] = {
    "Suspicious activity": (
        14,
        (1,) * 12,
        (17, 23),
        (
            "Reports two people trying car door handles at {loc} around {time}.",
            "A man was seen photographing back gardens from {loc}; left on foot towards {street}.",
            "Unfamiliar van parked at {loc} for several hours with its engine running.",
        ),
    ),
    "Theft": (
        16,
        (1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.5, 1.7),
        (11, 18),
        (
            "Bicycle taken from the rack at {loc} between {time} and later that afternoon; lock cut.",
            "Handbag taken from a shopping trolley at {loc} while the reporting person loaded the car.",
            "Parcel taken from the doorstep near {loc}; neighbour saw a person on a scooter.",
        ),
    ),
    "Vandalism": (
        10,
        (1, 1, 1, 1, 1.2, 1.4, 1.5, 1.4, 1, 1, 1.3, 1),
        (20, 24),
        (
            "Bus shelter glass smashed at {loc} overnight.",
            "Graffiti sprayed on the wall at {loc}; about two metres across.",
            "Wing mirrors broken on three parked cars at {loc}.",
        ),
    ),
    "Trespass": (
        5,
        (1,) * 12,
        (21, 24),
        (
            "Youths climbing onto the roof at {loc} after closing.",
            "Person found sleeping in the stairwell at {loc}; moved on and offered shelter details.",
        ),
    ),
    "Noise / disturbance": (
        11,
        (0.7, 0.7, 0.8, 1, 1.2, 1.6, 1.8, 1.7, 1.1, 0.9, 0.8, 1.3),
        (21, 24),
        (
            "Loud music and shouting from a gathering at {loc} past midnight.",
            "Group gathering at {loc} with amplified music; residents unable to sleep.",
            "Argument in the street outside {loc}; calmed down before arrival.",
        ),
    ),
    "Harassment": (
        5,
        (1,) * 12,
        (15, 22),
        (
            "Reporting person was followed and verbally abused near {loc}.",
            "Repeated unwanted messages and a confrontation at {loc}.",
        ),
    ),
    "Safety hazard": (
        7,
        (1.3, 1.2, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3, 1.4),
        (8, 18),
        (
            "Loose paving slab at {loc}; an older resident tripped.",
            "Broken glass across the footpath at {loc}.",
            "Ice on the steps at {loc}; no grit bin nearby.",
        ),
    ),
    "Lighting / maintenance": (
        8,
        (1.8, 1.5, 1.1, 0.8, 0.6, 0.5, 0.5, 0.6, 0.9, 1.4, 1.8, 1.9),
        (17, 23),
        (
            "Two street lights out at {loc}; the path is completely dark after 5 pm.",
            "Lamp post flickering at {loc}; residents say it has been out for a week.",
            "Overgrown hedge at {loc} blocks the light and the sight line to the road.",
        ),
    ),
    "Traffic / parking": (
        8,
        (1, 1, 1, 1, 1, 1, 0.7, 0.7, 1.4, 1.1, 1, 1),
        (7, 10),
        (
            "Cars parked on the zig-zags at {loc} at school drop-off.",
            "Vehicle speeding repeatedly along {street} near {loc}.",
            "Van blocking the dropped kerb at {loc}; wheelchair user could not pass.",
        ),
    ),
    "Medical / welfare": (
        5,
        (1.2, 1.1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3),
        (9, 22),
        (
            "Older man appeared confused and lost at {loc}; taken home, family informed.",
            "Person collapsed at {loc}; ambulance called, officer stayed until it arrived.",
        ),
    ),
    "Lost & found": (
        6,
        (1,) * 12,
        (10, 17),
        (
            "Wallet handed in, found at {loc}; owner identified from a card and called.",
            "Set of keys found at {loc}; logged and held at the front desk.",
            "Child's scooter found at {loc}.",
        ),
    ),
    "Other": (
        4,
        (1,) * 12,
        (9, 17),
        (
            "General concern about activity at {loc}; advice given.",
            "Request for crime-prevention advice after a neighbour's break-in near {loc}.",
        ),
    ),
}

# Hot spots: categories that cluster at particular locations (problems grow out of these).
HOT_SPOTS = {
    "Theft": ("Elm Street car park", "Harbour Road shops", "Bus station"),
    "Noise / disturbance": ("Riverside Park", "Lighthouse pub", "Quayside flats"),
    "Lighting / maintenance": (
        "Footpath behind Market Square",
        "Cedar Road underpass",
        "Canal towpath",
    ),
    "Traffic / parking": ("Oakfield Primary School", "West Road roundabout"),
    "Vandalism": ("Skate park", "Northgate bus stop", "Market Square"),
}

PATROL_NOTES = {
    "routine_check": (
        ("Checked doors and gates at {loc}; all secure.", "None needed."),
        ("Walked through {loc}; quiet, two dog walkers, no litter or damage.", "None needed."),
        (
            "Checked the car park at {loc}; 34 vehicles, none with valuables on show.",
            "None needed.",
        ),
        ("Side gate at {loc} found open; owner contacted and it was locked.", "Gate secured."),
    ),
    "community_engagement": (
        (
            "Spoke with shop staff at {loc} about recent thefts; they will move the bike rack into view.",
            "Left crime-prevention leaflets.",
        ),
        (
            "Chatted with parents at {loc} about parking at drop-off.",
            "Invited them to the next meeting.",
        ),
        (
            "Met the block captain at {loc}; concerns about a dark footpath.",
            "Will raise with the council.",
        ),
    ),
    "incident_observed": (
        (
            "Group of youths drinking at {loc}, bottles thrown.",
            "Spoke to the group; they dispersed.",
        ),
        ("Car with a smashed window at {loc}.", "Owner traced and informed; report raised."),
    ),
    "hazard_noted": (
        ("Street light out at {loc}.", "Reported to the council lighting team."),
        ("Broken glass on the path at {loc}.", "Cleared what could be cleared; council informed."),
        ("Manhole cover loose at {loc}.", "Coned off, highways called."),
    ),
    "assistance_given": (
        ("Helped a lost visitor at {loc} find the ferry terminal.", "Directions given."),
        ("Jump-started a resident's car at {loc}.", "Vehicle running."),
        ("Elderly resident at {loc} needed help carrying shopping home.", "Escorted home."),
    ),
    "other": (
        ("Met the contractor at {loc} about the CCTV upgrade.", "Access arranged."),
        ("Collected lost property from {loc}.", "Logged at the front desk."),
    ),
}
HANDOVER = (
    "Street light still out on {loc}; council job number pending.",
    "Keep an eye on {loc} after 9 pm: youths gathering the last three nights.",
    "Quiet shift. Gate at {loc} sticks; left a note for maintenance.",
    "Bike thefts at {loc} continue; please check the rack on every pass.",
    "Event set-up at {loc} tomorrow from 8 am; cones in the store.",
)
INTERACTION_PURPOSES = (
    "Follow-up on report",
    "Crime-prevention advice",
    "Event invitation",
    "Tip about activity",
    "General enquiry",
    "Neighbourhood-watch update",
    "Lighting concern",
    "Parking complaint",
    "Welfare check",
    "Partnership meeting",
)
EVENT_TITLES = {
    "neighbourhood_watch": "{zone} neighbourhood-watch meeting",
    "safety_workshop": "Home security workshop",
    "family_safety_night": "Family safety night",
    "school_programme": "Safer journeys to school",
    "community_event": "Summer community fun day",
    "safety_walk": "Lighting and safety walk – {zone}",
}
