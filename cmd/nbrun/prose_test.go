package main

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
)

func TestProseNumbersFound(t *testing.T) {
	cases := []struct {
		md   string
		want []float64 // values, in order
	}{
		{"accuracy 0.685 against 0.53", []float64{0.685, 0.53}},
		{"60 000 images, 23\\,860 parameters", []float64{60000, 23860}},
		{"a gap of 1.6e-5, or $1.6\\times10^{-5}$, or 1.6×10⁻⁵", []float64{1.6e-5, 1.6e-5, 1.6e-5}},
		{"within 10⁻² and $10^{-3}$", []float64{1e-2, 1e-3}},
		{"94.83 % after 20 epochs", []float64{94.83, 20}},
		// exempt: small integers, headings, references, names, links, tags
		{"# 13 · Backpropagation 2019", nil},
		{"layers 1, 2 and 3 of 4; x = 0.5", []float64{0.5}},
		{"notebook 13, notebooks 04, 05 and 12–15, ERRATA 6, Try it 2, Answer 12", nil},
		{"Nielsen's chapter 5, ch. 3, section 12.4, BP1, issue 16, steps 2.1 and 2.2", nil},
		{"W1, float64, x_12, [13](13_backprop.ipynb), [notes](x/25_y.ipynb#17)", nil},
		{`<a id="answer-12"></a> see 12 · [Dense networks](12_dense_networks.ipynb)`, nil},
	}
	for _, c := range cases {
		got := proseNumbers(c.md)
		var vals []float64
		for _, n := range got {
			vals = append(vals, n.value)
		}
		if len(vals) != len(c.want) {
			t.Errorf("proseNumbers(%q) = %v, want %v", c.md, vals, c.want)
			continue
		}
		for i := range vals {
			if math.Abs(vals[i]-c.want[i]) > 1e-12*math.Abs(c.want[i]) {
				t.Errorf("proseNumbers(%q)[%d] = %v, want %v", c.md, i, vals[i], c.want[i])
			}
		}
	}
}

func TestProseNumberRounding(t *testing.T) {
	cases := []struct {
		prose   string
		printed float64
		match   bool
	}{
		{"0.52", 0.5234, true},  // the prose rounds the printed number
		{"0.52", 0.5251, false}, // 0.5251 rounds to 0.53
		{"95", 94.83, true},     // "about 95 %"
		{"94.8", 94.83, true},   //
		{"94.83", 94.8, false},  // more digits than were printed
		{"1.6e-5", 1.6003e-05, true},
		{"1.6e-5", 1.7e-05, false},
		{"1e-5", 1.2e-05, true},
		{"3671", 3671, true},
		{"3671", 3670, false},
		{"60 000", 60000, true},
		{"0.685", -0.685, true}, // the sign is the prose's to say
	}
	for _, c := range cases {
		n, ok := parseNumber(c.prose)
		if !ok {
			t.Errorf("parseNumber(%q) failed", c.prose)
			continue
		}
		if got := matchesAny(n, []float64{c.printed}); got != c.match {
			t.Errorf("prose %q against printed %v: match %v, want %v", c.prose, c.printed, got, c.match)
		}
	}
}

// The fixtures: a number the notebook never prints fails the lint; the same
// notebook with the number printed, or cited with a source, passes.
func TestLintProseNumbersFixtures(t *testing.T) {
	cases := []struct {
		file string
		want string // a problem that must be reported, "" for none
	}{
		{"prose_unprinted.ipynb", `"0.685" in the prose is printed by no cell`},
		{"prose_printed.ipynb", ""},
		{"prose_cited.ipynb", ""},
		{"prose_bad_citation.ipynb", "gomlp.cited[0]"},
	}
	for _, c := range cases {
		rep := lintNotebook(filepath.Join("testdata", c.file))
		var prose []string
		for _, p := range rep.Problems {
			if strings.Contains(p, "in the prose") || strings.Contains(p, "gomlp.cited") {
				prose = append(prose, p)
			}
		}
		switch {
		case c.want == "" && len(prose) > 0:
			t.Errorf("%s: got %q, want no prose-number problem", c.file, prose)
		case c.want != "" && (len(prose) != 1 || !strings.Contains(prose[0], c.want)):
			t.Errorf("%s: got %q, want one problem containing %q", c.file, prose, c.want)
		}
	}
}

// The graded exercises' notebooks and the markdown-only reference pages
// are not held to the rule.
func TestLintProseNumbersScope(t *testing.T) {
	nb, err := readNotebook(filepath.Join("testdata", "prose_unprinted.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	var rep lintReport
	lintProseNumbers(nb, "exercises/x/x.ipynb", &rep)
	if len(rep.Problems) != 0 {
		t.Errorf("an exercise notebook: %v, want no prose-number problem", rep.Problems)
	}
}
