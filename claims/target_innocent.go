package claims

// targetInnocentWords are the citizens and civilians a source calls
// innocent or safe, as governments and their media name whom an attack
// hit: "طالت مواطنين أبرياء"، "استهدفت المدنيين الآمنين". The bare
// "المواطنين" stays out (see targetMoreWords): the adjective is what makes
// them the ones hit.
var targetInnocentWords = map[string]string{
	"مواطنين أبرياء": "innocent civilians", "المواطنين الأبرياء": "innocent civilians", "مواطنون أبرياء": "innocent civilians",
	"مواطنين آمنين": "innocent civilians", "المواطنين الآمنين": "innocent civilians", "المدنيين الآمنين": "innocent civilians",
	"مدنيين آمنين": "innocent civilians", "المدنيين الأبرياء": "innocent civilians", "مدنيين أبرياء": "innocent civilians",
	"الأبرياء": "innocent civilians", "أبرياء": "innocent civilians", "الآمنين": "innocent civilians",
	"الأهالي الآمنين": "innocent civilians", "أهالي آمنين": "innocent civilians",
}
