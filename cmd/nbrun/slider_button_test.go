package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestSliderButtonInEveryLanguage: the browser check presses the button that
// ends plots.Sliders by its text, so every language's text in plots/lang.go
// must be one jsMoveSlider looks for (the Spanish edition's "Listo" was not,
// and Run All of a Spanish slider notebook hung until the cell's timeout).
func TestSliderButtonInEveryLanguage(t *testing.T) {
	src, err := os.ReadFile("../../plots/lang.go")
	if err != nil {
		t.Fatal(err)
	}
	words := regexp.MustCompile(`(?m)^\s*Done:\s*"([^"]+)"`).FindAllStringSubmatch(string(src), -1)
	if len(words) < 2 {
		t.Fatalf("found %d Done: entries in plots/lang.go, want one per language", len(words))
	}
	for _, w := range words {
		if !strings.Contains(jsMoveSlider, `"`+w[1]+`"`) {
			t.Errorf("plots' button %q is not among the texts jsMoveSlider presses", w[1])
		}
	}
}
