package main

import (
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The prose-number rule: a number written in a course notebook's markdown
// must be printed by the notebook (appear in an output), or be a parameter
// of its code (appear in a code cell), or be a citation listed in the
// notebook's metadata under gomlp.cited:
//
//	"metadata": {"gomlp": {"cited": [{"value": "95.42", "source": "Nielsen ch1"}]}}
//
// A prose number may round a printed one: "0.52" is printed by 0.5234,
// "95 %" by 94.83, "1.6e-5" by 1.6003e-05 — each within half a unit of the
// prose number's last digit. Exempt: the integers 0–10, headings, link
// targets and HTML tags, and a number that names a notebook, an ERRATA
// entry, a Try it, an answer, a chapter, a section, an equation (BP1) or an
// issue. Markdown-only reference pages (errata, notation) have no outputs
// and are not checked; neither are the graded exercises' notebooks.

// proseNumber is one number found in text: its spelling, value and the
// half-unit of its last digit.
type proseNumber struct {
	text       string
	value, res float64
}

var (
	// A number: digit groups split by a space (60 000, or 23\,860 in LaTeX),
	// a fraction, an exponent (1e-5), and a power of ten written as ×10⁻⁵ or
	// \times10^{-5}.
	numberRE = regexp.MustCompile(
		`10(?:\^\{[-−+]?\d+\}|\^[-−+]?\d|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|` +
			`\d+(?:(?:[ \x{00A0}\x{202F}\x{2009}]|\\,)\d{3})*(?:\.\d+)?(?:[eE][-+]?\d+)?` +
			`(?:\s*(?:×|\\times|\\cdot|·)\s*10(?:\^\{?[-−+]?\d+\}?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?`)
	linkTargetRE = regexp.MustCompile(`\]\([^)]*\)|<[^>]*>`)
	// A link whose text is a number names a notebook or an entry: [13](13_backprop.ipynb).
	numberLinkRE = regexp.MustCompile(`\[\s*\d+\s*\]\(`)
	// The course map's notebook labels: "12 · [Dense networks](…)".
	labelRE = regexp.MustCompile(`^\s*·\s*\[`)
	// Words after which a number names something: "notebook 13", "ERRATA 6",
	// and the same words of the Spanish edition: "cuaderno 13", "capítulo 5".
	refWordRE = regexp.MustCompile(`(?i)(notebooks?|errata|try it|answers?|chapter|ch\.?|section|§|bp|issue|figure|fig\.|steps?|` +
		`cuadernos?|cap[ií]tulos?|cap\.|secci[oó]n|pru[eé]balo|respuestas?|figuras?|pasos?)\s*$`)
	// A number continuing a list of references: "notebooks 04, 05 and 12–15".
	refChainRE = regexp.MustCompile(`\d\s*(?:–|-|,|and|or|&|y|e|o)\s*$`)
)

var superscripts = strings.NewReplacer("⁰", "0", "¹", "1", "²", "2", "³", "3", "⁴", "4",
	"⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9", "⁻", "-", "⁺", "+", "−", "-")

// parseNumber reads one match of numberRE.
func parseNumber(s string) (proseNumber, bool) {
	mant, exp := s, 0
	if rest, ok := strings.CutPrefix(s, "10"); ok && rest != "" && !strings.ContainsAny(rest[:1], "0123456789. eE") {
		// a bare power of ten: 10⁻², 10^{-2}
		e, ok := tenPower(rest)
		if !ok {
			return proseNumber{}, false
		}
		return proseNumber{text: s, value: math.Pow(10, float64(e)), res: 0.5 * math.Pow(10, float64(e))}, true
	}
	for _, sep := range []string{"×", `\times`, `\cdot`, "·"} {
		if i := strings.Index(s, sep); i >= 0 {
			rest := strings.TrimSpace(s[i+len(sep):])
			e, ok := tenPower(strings.TrimPrefix(rest, "10"))
			if !ok {
				return proseNumber{}, false
			}
			mant, exp = strings.TrimSpace(s[:i]), e
			break
		}
	}
	mant = strings.ReplaceAll(mant, `\,`, "")
	mant = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00A0' || r == '\u202F' || r == '\u2009' {
			return -1
		}
		return r
	}, mant)
	v, err := strconv.ParseFloat(mant, 64)
	if err != nil {
		return proseNumber{}, false
	}
	// The last digit's place: decimals after the point, minus the exponent.
	digits, e := mant, 0
	if i := strings.IndexAny(mant, "eE"); i >= 0 {
		digits = mant[:i]
		e, _ = strconv.Atoi(mant[i+1:])
	}
	decimals := 0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		decimals = len(digits) - i - 1
	}
	scale := math.Pow(10, float64(exp))
	return proseNumber{text: s, value: v * scale, res: 0.5 * math.Pow(10, float64(e-decimals)) * scale}, true
}

// tenPower reads the exponent of "^{-5}", "^5" or "⁻⁵".
func tenPower(s string) (int, bool) {
	s = superscripts.Replace(s)
	s = strings.Trim(strings.TrimPrefix(s, "^"), "{}")
	e, err := strconv.Atoi(s)
	return e, err == nil
}

// proseNumbers returns the numbers of a markdown cell that the rule checks.
func proseNumbers(md string) []proseNumber {
	var out []proseNumber
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		line = numberLinkRE.ReplaceAllString(line, "[](")
		line = linkTargetRE.ReplaceAllStringFunc(line, func(m string) string {
			if strings.HasPrefix(m, "]") {
				return "]"
			}
			return " "
		})
		for _, loc := range numberRE.FindAllStringIndex(line, -1) {
			before := line[:loc[0]]
			if loc[0] > 0 {
				prev := line[loc[0]-1]
				// part of a name (W1, float64, x_2) or of a longer number
				if prev == '_' || prev == '.' || prev >= 'A' && prev <= 'Z' || prev >= 'a' && prev <= 'z' ||
					prev >= '0' && prev <= '9' {
					continue
				}
			}
			if labelRE.MatchString(line[loc[1]:]) || refWordRE.MatchString(before) || refChainRE.MatchString(before) && refContext(before) {
				continue
			}
			n, ok := parseNumber(line[loc[0]:loc[1]])
			if !ok || n.value == math.Trunc(n.value) && math.Abs(n.value) <= 10 && n.res >= 0.5 {
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

// refContext says whether the list a number continues began with a
// reference word ("notebooks 04, 05 and 12").
func refContext(before string) bool {
	for {
		m := refChainRE.FindStringIndex(before)
		if m == nil {
			return refWordRE.MatchString(before)
		}
		// drop the separator and the number before it
		before = strings.TrimRight(before[:m[0]+1], "0123456789.")
		if refWordRE.MatchString(before) {
			return true
		}
	}
}

// printedNumbers collects every number of the code cells' sources and
// outputs, the values prose numbers are matched against.
func printedNumbers(nb notebook) []float64 {
	var vals []float64
	add := func(s string) {
		for _, m := range numberRE.FindAllString(s, -1) {
			if n, ok := parseNumber(m); ok {
				vals = append(vals, n.value)
			}
		}
	}
	for _, c := range nb.cells() {
		if cellType(c) != "code" {
			continue
		}
		add(source(c))
		for _, o := range outputs(c) {
			add(text(o["text"]))
			if data, ok := o["data"].(map[string]any); ok {
				add(text(data["text/plain"]))
				add(text(data["text/markdown"]))
			}
			if tb, ok := o["traceback"].([]any); ok {
				add(text(tb))
			}
		}
	}
	return vals
}

// citedNumbers reads metadata.gomlp.cited; a citation without a value or a
// source is a problem.
func citedNumbers(nb notebook, rep *lintReport) []float64 {
	md, _ := nb["metadata"].(map[string]any)
	g, _ := md["gomlp"].(map[string]any)
	raw, _ := g["cited"].([]any)
	var vals []float64
	for i, r := range raw {
		m, _ := r.(map[string]any)
		v, _ := m["value"].(string)
		src, _ := m["source"].(string)
		n, ok := parseNumber(strings.TrimSpace(v))
		if !ok || strings.TrimSpace(src) == "" {
			rep.add("metadata gomlp.cited[%d]: want {\"value\": a number, \"source\": where it comes from}, got %v", i, r)
			continue
		}
		vals = append(vals, n.value)
	}
	return vals
}

// lintProseNumbers applies the rule to a course notebook.
func lintProseNumbers(nb notebook, path string, rep *lintReport) {
	if gradedExercise(path) || firstCodeCell(nb) < 0 {
		return
	}
	vals := append(printedNumbers(nb), citedNumbers(nb, rep)...)
	for i, c := range nb.cells() {
		if cellType(c) != "markdown" {
			continue
		}
		var missing []string
		for _, n := range proseNumbers(source(c)) {
			if !matchesAny(n, vals) {
				missing = append(missing, n.text)
			}
		}
		if len(missing) > 0 {
			rep.add("cell %d: %s in the prose %s printed by no cell and not cited: print %s, "+
				"or list %s in the metadata gomlp.cited with its source (%s)",
				i+1, strings.Join(quoteAll(missing), ", "), plural(len(missing), "is", "are"),
				plural(len(missing), "it", "them"), plural(len(missing), "it", "them"), filepath.Base(path))
		}
	}
}

func matchesAny(n proseNumber, vals []float64) bool {
	for _, v := range vals {
		if math.Abs(math.Abs(v)-n.value) <= n.res*(1+1e-9) {
			return true
		}
	}
	return false
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
