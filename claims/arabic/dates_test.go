package arabic

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateSummary renders dates as "from..to precision rule" (one day: "from
// precision rule"), joined by "; ".
func dateSummary(ds []Date) string {
	var parts []string
	for _, d := range ds {
		var s string
		switch {
		case d.Precision == Unresolved:
			s = "? " + d.Rule
		case d.From.Equal(d.To):
			s = fmt.Sprintf("%s %s %s", d.From.Format("2006-01-02"), d.Precision, d.Rule)
		default:
			s = fmt.Sprintf("%s..%s %s %s", d.From.Format("2006-01-02"), d.To.Format("2006-01-02"), d.Precision, d.Rule)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// dateCases are expressions written for these tests; pub defaults to
// Friday 2023-03-24 (2 Ramadan 1444 in the tabular calendar).
var dateCases = []struct{ in, pub, want string }{
	{"اليوم", "", "2023-03-24 day today"},
	{"واليوم", "", "2023-03-24 day today"},
	{"أمس", "", "2023-03-23 day yesterday"},
	{"مساء الأمس", "", "2023-03-23 day yesterday"},
	{"البارحة", "", "2023-03-23 day yesterday"},
	{"يوم أمس", "", "2023-03-23 day yesterday"},
	{"يوم أمس الخميس", "", "2023-03-23 day yesterday"},
	{"أول أمس", "", "2023-03-22 day day_before_yesterday"},
	{"أول من أمس", "", "2023-03-22 day day_before_yesterday"},
	{"قبل أمس", "", "2023-03-22 day day_before_yesterday"},
	{"الليلة الماضية", "", "2023-03-23..2023-03-24 range last_night"},
	{"ليلة أمس", "", "2023-03-23..2023-03-24 range last_night"},
	{"ليل البارحة", "", "2023-03-23..2023-03-24 range last_night"},
	{"غدا", "", "2023-03-25 day tomorrow"},
	{"غداً", "", "2023-03-25 day tomorrow"},
	{"بعد غد", "", "2023-03-26 day tomorrow"},
	{"غداة الهجوم", "", "? after"},
	{"غداة يوم الخميس", "", "2023-03-24 day after"},
	{"وتوفي الجريح في المشفى مساء اليوم ذاته", "", "? same_day"},
	{"وفارق الحياة في اليوم نفسه متأثراً بجراحه", "", "? same_day"},
	{"وقعت الضربة الثانية في الليلة ذاتها", "", "? same_day"},
	{"في اليوم التالي", "", "? next_day"},
	// an ordinal counts days from an event: not today
	{"وسقط معظم الضحايا في اليوم الأول من القصف", "", ""},
	{"وتواصلت الاشتباكات لليوم الثالث على التوالي", "", ""},
	{"أعلنت اللجنة حصيلتها في اليوم الأخير من الحملة", "", ""},
	{"قال الناطق اليوم إن الهجوم فشل", "", "2023-03-24 day today"},
	// relative to the day told before them, not to publication
	{"قصفت المدفعية القرية يوم الثلاثاء ثم توفي جريح في اليوم ذاته", "", "2023-03-21 day weekday; 2023-03-21 day same_day"},
	{"اقتحم المسلحون الحاجز فجر الأربعاء وانسحبوا مساء اليوم التالي", "", "2023-03-22 day weekday; 2023-03-23 day next_day"},
	{"سقطت القذائف في 3 آذار الجاري وكان الطيران قد حلق في اليوم السابق", "", "2023-03-03 day explicit; 2023-03-02 day previous_day"},
	{"ضربت المسيرة الموقع أمس وأعلنت الوزارة حصيلتها صبيحة اليوم التالي", "", "2023-03-23 day yesterday; 2023-03-24 day next_day"},
	{"دارت الاشتباكات ليل الخميس الجمعة وتجددت في الليلة ذاتها", "", "2023-03-23..2023-03-24 range weekday_pair; 2023-03-23..2023-03-24 range same_day"},
	{"شيّع الأهالي الضحايا في اليوم الذي تلاه", "", "? next_day"},
	{"هاجمت الخلية الدورية يوم الاثنين الماضي وعادت في اليوم اللاحق", "", "2023-03-20 day weekday_past; 2023-03-21 day next_day"},
	{"سقط صاروخ على الميناء أول أمس ثم انفجر مستودع في اليوم عينه", "", "2023-03-22 day day_before_yesterday; 2023-03-22 day same_day"},
	{"أعلن الجيش في 10 آذار الجاري أن طائراته حلقت في اليوم الذي سبقه", "", "2023-03-10 day explicit; 2023-03-09 day previous_day"},
	{"قصفت البوارج الساحل يوم الأحد وتكرر القصف في ذات الليلة", "", "2023-03-19 day weekday; 2023-03-19 day same_day"},
	// a day in a clause of another deed ("بعد ...") is no anchor
	{"قتل الشابان بعد اعتقالهما عند الحاجز يوم الأربعاء. وقتل آخر مساء اليوم ذاته", "", "2023-03-22 day weekday; ? same_day"},
	{"فجر اليوم", "", "2023-03-24 day today"},
	{"مساء اليوم الجمعة", "", "2023-03-24 day today"},
	{"صباح أمس", "", "2023-03-23 day yesterday"},
	{"يوم الخميس", "", "2023-03-23 day weekday"},
	{"الخميس", "", "2023-03-23 day weekday"},
	{"الخميس الماضي", "", "2023-03-23 day weekday_past"},
	{"الجمعة الماضية", "", "2023-03-17 day weekday_past"},
	{"الجمعة", "", "2023-03-24 day weekday"},
	{"السبت", "", "2023-03-25 day weekday_next_day"},
	{"السبت المقبل", "", "2023-03-25 day weekday_next"},
	{"الأربعاء المقبل", "", "2023-03-29 day weekday_next"},
	{"فجر الأربعاء", "", "2023-03-22 day weekday"},
	{"ظهر يوم الثلاثاء", "", "2023-03-21 day weekday"},
	{"ليل الخميس الجمعة", "", "2023-03-23..2023-03-24 range weekday_pair"},
	{"ليلة الخميس على الجمعة", "", "2023-03-23..2023-03-24 range weekday_pair"},
	{"ليل الثلاثاء وصباح الأربعاء", "", "2023-03-21..2023-03-22 range weekday_pair"},
	{"يوم الاثنين", "", "2023-03-20 day weekday"},
	{"عاد الاثنين إلى", "", ""},
	{"تبنى الاثنين القصف", "", "2023-03-20 day weekday"},
	{"شنت الأحد الغارات", "", "2023-03-19 day weekday"},
	{"قتل الاثنين معا", "", ""},
	{"الأحد، قصفت", "", "2023-03-19 day weekday"},
	{"والثلاثاء", "", "2023-03-21 day weekday"},
	{"9 آذار", "", "2023-03-09 day explicit"},
	{"9 آذار/مارس الجاري", "", "2023-03-09 day explicit"},
	{"في 12 شباط 2018", "", "2018-02-12 day explicit"},
	{"3 تشرين الأول الماضي", "", "2022-10-03 day explicit_past"},
	{"3 تشرين الأول", "", "2022-10-03 day explicit"},
	{"25 كانون الأول", "", "2022-12-25 day explicit"},
	{"1 كانون الثاني", "", "2023-01-01 day explicit"},
	{"15 نيسان", "", "2022-04-15 day explicit"},
	{"15 أبريل المقبل", "", "2023-04-15 day explicit_next"},
	{"20 مارس", "", "2023-03-20 day explicit"},
	{"٢٠ مارس", "", "2023-03-20 day explicit"},
	{"5 يونيو 2020", "", "2020-06-05 day explicit"},
	{"5 يونيه 2020", "", "2020-06-05 day explicit"},
	{"4 يوليه 2019", "", "2019-07-04 day explicit"},
	{"4 تموز 2019", "", "2019-07-04 day explicit"},
	{"10 آب 2021", "", "2021-08-10 day explicit"},
	{"10 أغسطس 2021", "", "2021-08-10 day explicit"},
	{"10 اغسطس 2021", "", "2021-08-10 day explicit"},
	{"1 أيلول 2015", "", "2015-09-01 day explicit"},
	{"1 سبتمبر 2015", "", "2015-09-01 day explicit"},
	{"30 نوفمبر 2022", "", "2022-11-30 day explicit"},
	{"11 ديسمبر 2022", "", "2022-12-11 day explicit"},
	{"28 أيار", "", "2022-05-28 day explicit"},
	{"28 مايو", "", "2022-05-28 day explicit"},
	{"1 حزيران 2021", "", "2021-06-01 day explicit"},
	{"2 فبراير", "", "2023-02-02 day explicit"},
	{"18 يناير", "", "2023-01-18 day explicit"},
	{"في الثاني من آذار", "", "2023-03-02 day explicit"},
	{"الخامس والعشرين من كانون الأول", "", "2022-12-25 day explicit"},
	{"الحادي عشر من أيلول 2001", "", "2001-09-11 day explicit"},
	{"الحادي والثلاثين من آب الماضي", "", "2022-08-31 day explicit_past"},
	{"المرتبة الثانية من حيث", "", ""},
	{"31 شباط", "", "2023-02-01..2023-02-28 month month"}, // no such day: the month remains
	{"2 رمضان 1444", "", "2023-03-24 day hijri"},
	{"2 رمضان 1444هـ", "", "2023-03-24 day hijri"},
	{"1 شوال 1444", "", "2023-04-22 day hijri"},
	{"1 محرم 1445", "", "2023-07-19 day hijri"},
	{"1 محرم 1400", "", "1979-11-21 day hijri"},
	{"1 رمضان 1445", "", "2024-03-11 day hijri"},
	{"15 شعبان", "", "2023-03-08 day hijri"},
	{"10 ذي الحجة", "", "2022-07-10 day hijri"},
	{"في شباط الماضي", "", "2023-02-01..2023-02-28 month month"},
	{"شباط/فبراير الماضي", "", "2023-02-01..2023-02-28 month month"},
	{"في آذار 2022", "", "2022-03-01..2022-03-31 month month"},
	{"في أيار", "", "2022-05-01..2022-05-31 month month"},
	{"في مارس", "", ""},
	{"شهر رمضان 1444", "", "2023-03-23..2023-04-21 month hijri"},
	{"عام 2018", "", "2018-01-01..2018-12-31 year year"},
	{"العام 2015", "", "2015-01-01..2015-12-31 year year"},
	{"2018م", "", "2018-01-01..2018-12-31 year year"},
	{"1444هـ", "", "2022-07-30..2023-07-18 year hijri"},
	{"الأسبوع الماضي", "", "2023-03-11..2023-03-17 range last_week"},
	{"الأسبوع الجاري", "", "2023-03-18..2023-03-24 range this_week"},
	{"الشهر الماضي", "", "2023-02-01..2023-02-28 month last_month"},
	{"الشهر الجاري", "", "2023-03-01..2023-03-31 month this_month"},
	{"العام الماضي", "", "2022-01-01..2022-12-31 year last_year"},
	{"هذا العام", "", "2023-01-01..2023-12-31 year this_year"},
	{"قبل يومين", "", "2023-03-22 day days_ago"},
	{"قبل أسبوع", "", "2023-03-17 day days_ago"},
	{"قصفت الطائرات السوق قبل خمسة أيام", "", "2023-03-19 day days_ago"},
	{"الهجوم الذي وقع قبل نحو 10 أيام", "", "2023-03-14 day days_ago"},
	{"المجزرة التي ارتكبت قبل ثلاثة أسابيع", "", "2023-03-03 day days_ago"},
	{"انسحبوا قبل ثلاثة أيام من الاتفاق", "", ""},
	{"وصلت التعزيزات قبل أربعة أيام على بدء الهدنة", "", ""},
	{"الغارة التي شنتها الطائرات قبل ستة أيام على البلدة", "", "2023-03-18 day days_ago"},
	{"قبل أيام قليلة", "", ""},
	{"9/3/2023", "", "2023-03-09 day numeric"},
	{"2023-03-09", "", "2023-03-09 day numeric"},
	{"2023/3/9", "", "2023-03-09 day numeric"},
	{"الساعة 1:38", "", ""},
	{"الساعة الرابعة فجرا", "", ""},
	{"أب الشهيد", "", ""},
	{"مارس الضغط", "", ""},
	{"صفر", "", ""},
	{"في رمضان", "", ""},
	{"رجب", "", ""},
	{"10 آليات", "", ""},
	// other publication dates
	{"يوم أمس الأربعاء", "2022-08-25", "2022-08-24 day yesterday"},
	{"والثلاثاء، أعلن", "2022-08-25", "2022-08-23 day weekday"},
	{"أمس الأربعاء", "2018-02-08", "2018-02-07 day yesterday"},
	{"ليل الأربعاء وفجر الخميس", "2018-02-08", "2018-02-07..2018-02-08 range weekday_pair"},
	{"فجر الأربعاء", "2022-08-23", "2022-08-24 day weekday_next_day"},
	{"الأسبوع الماضي", "2023-03-25", "2023-03-18..2023-03-24 range last_week"},
	{"في كانون الثاني", "2023-01-05", "2023-01-01..2023-01-31 month month"},
	{"في كانون الأول", "2023-01-05", "2022-12-01..2022-12-31 month month"},
	{"3 كانون الثاني الماضي", "2023-01-03", "2022-01-03 day explicit_past"},
	{"أمس", "zero", "? yesterday"},
	{"12 شباط 2018", "zero", "2018-02-12 day explicit"},
	// a day of the month told before "الشهر الجاري/الماضي"
	{"نحو السابع عشر من هذا الشهر", "2021-02-26", "2021-02-17 day this_month"},
	{"يوم الثالث من الشهر الحالي", "2021-02-26", "2021-02-03 day this_month"},
	{"في الحادي والعشرين من الشهر الماضي", "2021-03-04", "2021-02-21 day last_month"},
	{"منذ 9 من الشهر المنصرم", "2021-03-04", "2021-02-09 day last_month"},
	{"بتاريخ العشرين من الشهر الحالي", "2021-02-26", "2021-02-20 day this_month"},
	{"الهجوم الثاني خلال الشهر الجاري", "2021-02-26", "2021-02-01..2021-02-28 month this_month"},
	{"الحادي والثلاثين من الشهر الماضي", "2021-03-04", "2021-02-01..2021-02-28 month last_month"},
	// the article written apart before the day's digits; "شهر" before
	// the month
	{"في الـ 3 من آذار الجاري", "2024-03-13", "2024-03-03 day explicit"},
	{"منذ الـ17 من شهر أيلول الماضي", "2024-03-13", "2023-09-17 day explicit_past"},
	{"الخامس من شهر تموز 2021", "", "2021-07-05 day explicit"},
	{"الـ 40 من آذار", "2024-03-13", "2024-03-01..2024-03-31 month month"},
	{"في 9 من تشرين الثاني الماضي", "2024-03-13", "2023-11-09 day explicit_past"},
	{"يوم 14 من شهر آب", "2024-03-13", "2023-08-14 day explicit"},
	{"نحو 40 من آذار", "2024-03-13", "2024-03-01..2024-03-31 month month"},
	// a full date after a weekday says which weekday is meant
	{"مساء الخميس 29 شباط الماضي", "2024-03-13", "2024-02-29 day explicit_past"},
	{"الأحد، 3 آذار 2024", "2024-03-13", "2024-03-03 day explicit"},
	{"يوم الجمعة (8 آذار/مارس)", "2024-03-13", "2024-03-08 day explicit"},
	// a third of a month: still a month for precision, narrowed
	{"في منتصف الشهر الماضي", "2024-03-13", "2024-02-11..2024-02-20 month last_month"},
	{"أواخر شباط الماضي", "2024-03-13", "2024-02-21..2024-02-29 month month"},
	{"مطلع الشهر الجاري", "2024-03-13", "2024-03-01..2024-03-10 month this_month"},
	{"أواسط كانون الثاني 2020", "", "2020-01-11..2020-01-20 month month"},
	// a span counted back with no number: a dual, a unit after a hedge
	{"قبل أسبوعين", "2024-03-13", "2024-02-28 day days_ago"},
	{"قبل نحو شهر", "2024-03-13", "2024-02-12 day days_ago"},
	{"قبل حوالي أسبوع", "2024-03-13", "2024-03-06 day days_ago"},
	{"قبل شهرين تقريبا", "2024-03-13", "2024-01-13 day days_ago"},
	{"قبل أسبوعين من الانتخابات", "2024-03-13", ""},
	{"قبل شهر على بدء الهدنة", "2024-03-13", ""},
	{"قبل شهر رمضان", "2024-03-13", ""},
	// a day of "the month" with no modifier
	{"يوم الثامن عشر من الشهر", "2023-10-27", "2023-10-18 day this_month"},
	{"منذ العشرين من الشهر", "2023-10-12", "2023-09-20 day this_month"},
}

func TestDates(t *testing.T) {
	if len(dateCases) < 80 {
		t.Errorf("only %d date cases", len(dateCases))
	}
	for _, tt := range dateCases {
		pub := day("2023-03-24")
		switch tt.pub {
		case "":
		case "zero":
			pub = time.Time{}
		default:
			pub = day(tt.pub)
		}
		got := dateSummary(Dates(Tokenize(tt.in), pub))
		if got != tt.want {
			t.Errorf("Dates(%q, %s)\n got  %s\n want %s", tt.in, tt.pub, got, tt.want)
		}
	}
}

func TestHijriRoundTrip(t *testing.T) {
	for jdn := hijriEpoch; jdn < hijriEpoch+600000; jdn += 7 {
		y, m, d := jdnToHijri(jdn)
		if got := hijriToJDN(y, m, d); got != jdn {
			t.Fatalf("JDN %d -> %d-%d-%d -> %d", jdn, y, m, d, got)
		}
		if d < 1 || d > hijriMonthLength(y, m) {
			t.Fatalf("JDN %d -> day %d of a %d-day month", jdn, d, hijriMonthLength(y, m))
		}
	}
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{1, 1, 1, "0622-07-19"}, // 16 July 622 Julian
		{1400, 1, 1, "1979-11-21"},
		{1444, 9, 2, "2023-03-24"},
		{1445, 1, 1, "2023-07-19"},
		{1445, 9, 1, "2024-03-11"},
	} {
		g, ok := HijriToGregorian(c.y, c.m, c.d, nil)
		if !ok || g.Format("2006-01-02") != c.want {
			t.Errorf("HijriToGregorian(%d,%d,%d) = %v %v, want %s", c.y, c.m, c.d, g, ok, c.want)
		}
	}
	if _, ok := HijriToGregorian(1444, 13, 1, nil); ok {
		t.Error("month 13 accepted")
	}
}
