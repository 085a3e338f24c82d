// Government offices held over a place, as news writing puts them before a name
// ("Westland Governor Ana Lima", "Harbourton Police Chief Tomas Vell"). Read by
// actors/officeplace.ts, and by actors/titlesplit.ts, which splits a name at them.

/** Offices held only over a place: whatever name stands before them is that place. */
export const PLACE_OFFICES = [
  "Mayor", "Deputy Mayor", "Mayor-elect", "Gov.", "Governor-elect", "Lieutenant Governor", "Lt. Gov.",
  "Senator", "Sen.", "State Senator", "Congressman", "Congresswoman", "Rep.", "Assemblyman",
  "Assemblywoman", "Councilman", "Councilwoman", "Alderman", "Sheriff", "Chief Minister", "Deputy Chief Minister", "First Minister",
];

/**
 * Offices that companies, banks, leagues and clubs also have ("Acme President", "Central Bank Governor", "Premier
 * League"): the name before is a place only if a gazetteer knows it as one.
 */
export const SHARED_OFFICES = ["Governor", "Premier", "Representative", "President", "Vice President", "Prime Minister", "Attorney General", "Secretary of State", "Police Chief"];

/** Titles of the bench and the press, before a name as offices are ("Chief Justice Ana Lima", "Harbourton Correspondent Tomas Vell"). */
export const OTHER_TITLES = ["Chief Justice", "Correspondent", "Bureau Chief"];
