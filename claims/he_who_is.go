package claims

// heWhoIs are the pronouns that open an apposition on who the speaker
// named before the comma is ("قال فلان، وهو ناشط من المدينة، إن").
var heWhoIs = map[string]bool{"وهو": true, "وهي": true, "وهم": true}
