package sources

import "testing"

// TestAdministrationBoards: the Autonomous Administration calls its
// ministries boards ("هيئة"): its health, interior and defence boards,
// with or without the region they serve, speak for it. Sentences in our
// own words.
func TestAdministrationBoards(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"وأعلنت هيئة الصحة في مقاطعة الجزيرة أن عدد الجرحى بلغ عشرين",
		"وقالت هيئة الصحة التابعة للإدارة الذاتية إن المستشفى استقبل جثث الضحايا",
		"وذكرت هيئة الداخلية أن دورية اعتقلت مشتبها به",
		"وأكدت هيئة الدفاع في الإدارة الذاتية استمرار القصف على القرى",
	} {
		found := false
		for _, m := range r.Mentions(text, nil) {
			if m.SourceID == "aanes" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want aanes; got %+v", text, r.Mentions(text, nil))
		}
	}
}
