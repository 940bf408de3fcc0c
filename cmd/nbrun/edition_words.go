package main

import (
	_ "embed"
	"go/scanner"
	"go/token"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// No English in a translation (issue 21, acceptance 3): the lint looks for
// the words of words/english.txt in a translated notebook's prose, in its
// code cells' string literals and comments (which become printed text and
// figure text) and in its printed text. Not checked: code identifiers (an
// identifier of the notebook's or its twin's code that does not read as a
// plain word — LearningRate, Train, W1, x_2 — and the names of the packages
// they import; a variable named loss does not make "loss" Spanish), code spans and fenced code, math (but \text{…} inside it is),
// link targets, HTML tags, text marked <span lang="en">…</span> (an English
// title quoted), the shared first cell, the output of a cell that runs a
// shell command (a tool's own words), and a library's error message in an
// output, from its "mlp: " (data, plots, lab) prefix to the end of the line
// (the library speaks English, as the Spanish 00 says). The words of
// words/allowed_<lang>.txt are allowed.

var (
	//go:embed words/english.txt
	englishList string
	//go:embed words/allowed_es.txt
	allowedES string

	englishWords = wordSet(englishList)
	allowedWords = map[string]string{"es": allowedES}
)

// wordSet reads a word list: one word a line, # comments.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(list, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			set[w] = true
		}
	}
	return set
}

var (
	wordRE     = regexp.MustCompile(`\p{L}+(?:[-'’]\p{L}+)*`)
	englishRE  = regexp.MustCompile(`(?is)<span\s+lang\s*=\s*"en[^"]*"\s*>.*?</span>`)
	displayRE  = regexp.MustCompile(`(?s)\$\$.*?\$\$|\\\[.*?\\\]`)
	inlineRE   = regexp.MustCompile(`\$[^$\n]+\$|\\\(.*?\\\)`)
	textCmdRE  = regexp.MustCompile(`\\(?:text|textrm|textit|textbf|mbox)\{([^{}]*)\}`)
	linkDestRE = regexp.MustCompile(`\]\([^)]*\)`)
	urlRE      = regexp.MustCompile(`https?://\S+`)
	libraryRE  = regexp.MustCompile(`\b(?:mlp|data|plots|lab): .*`)
)

// wordCheck finds English words in one translated notebook.
type wordCheck struct {
	allowed        map[string]bool // allowed as written
	allowedAnyCase map[string]bool
	idents         map[string]bool
}

// newWordCheck gathers the allow-list of lang and the identifiers of the
// translation's and its twin's code (en may be nil).
func newWordCheck(lang string, nb, en notebook) *wordCheck {
	w := &wordCheck{allowed: map[string]bool{}, allowedAnyCase: map[string]bool{}, idents: map[string]bool{}}
	for a := range wordSet(allowedWords[lang]) {
		if strings.ToLower(a) == a {
			w.allowedAnyCase[a] = true
		} else {
			w.allowed[a] = true
		}
	}
	for _, n := range []notebook{nb, en} {
		if n == nil {
			continue
		}
		for _, c := range n.cells() {
			if cellType(c) != "code" {
				continue
			}
			_, goSrc := splitCell(source(c))
			for _, t := range goTokens(goSrc) {
				switch {
				case t.tok == token.IDENT && codeLooking(t.lit):
					w.idents[t.lit] = true
				case t.imported:
					if p, err := strconv.Unquote(t.lit); err == nil {
						w.idents[path.Base(p)] = true
					}
				}
			}
		}
	}
	return w
}

// codeLooking says whether an identifier reads as code rather than as a
// word: it has a capital letter, a digit or an underscore.
func codeLooking(id string) bool {
	return strings.ContainsFunc(id, func(r rune) bool {
		return r == '_' || r >= '0' && r <= '9' || unicode.IsUpper(r)
	})
}

// ok says whether a word may stand in a translation.
func (w *wordCheck) ok(word string) bool {
	return w.idents[word] || w.allowed[word] || w.allowedAnyCase[strings.ToLower(word)]
}

// find returns the English words of a text, each once, in order.
func (w *wordCheck) find(text string) []string {
	var found []string
	seen := map[string]bool{}
	for _, word := range wordRE.FindAllString(text, -1) {
		if w.ok(word) {
			continue
		}
		parts := []string{word}
		if englishWords[strings.ToLower(word)] {
			parts = nil // the compound itself ("mini-batch") is English
			if !seen[word] {
				seen[word] = true
				found = append(found, word)
			}
		} else if strings.ContainsAny(word, "-'’") {
			parts = strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
		}
		for _, p := range parts {
			if englishWords[strings.ToLower(p)] && !w.ok(p) && !seen[p] {
				seen[p] = true
				found = append(found, p)
			}
		}
	}
	return found
}

func (w *wordCheck) report(found []string, where string, n int, rep *lintReport) {
	if len(found) == 0 {
		return
	}
	rep.add("cell %d: English words in %s: %s (translate them; a term that stays English goes into "+
		"cmd/nbrun/words/allowed_<lang>.txt, an English title into <span lang=\"en\">…</span>)",
		n, where, strings.Join(quoteAll(found), ", "))
}

// prose checks a markdown cell's text.
func (w *wordCheck) prose(src string, n int, rep *lintReport) {
	w.report(w.find(proseText(src)), "the prose", n, rep)
}

// proseText is the part of a markdown text that is prose.
func proseText(src string) string {
	s := fence.ReplaceAllString(src, " ")
	s = codeSpan.ReplaceAllString(s, " ")
	s = englishRE.ReplaceAllString(s, " ")
	mathWords := func(m string) string {
		var out []string
		for _, t := range textCmdRE.FindAllStringSubmatch(m, -1) {
			out = append(out, t[1])
		}
		return " " + strings.Join(out, " ") + " "
	}
	s = displayRE.ReplaceAllStringFunc(s, mathWords)
	s = inlineRE.ReplaceAllStringFunc(s, mathWords)
	s = linkDestRE.ReplaceAllString(s, "]")
	s = urlRE.ReplaceAllString(s, " ")
	return htmlTag.ReplaceAllString(s, " ")
}

// code checks a code cell's string literals (import paths apart) and
// comments.
func (w *wordCheck) code(src string, n int, rep *lintReport) {
	_, goSrc := splitCell(src)
	var texts []string
	for _, t := range goTokens(goSrc) {
		if t.tok == token.STRING && !t.imported {
			if s, err := strconv.Unquote(t.lit); err == nil {
				texts = append(texts, verbRE.ReplaceAllString(s, " "))
			}
		}
	}
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(goSrc))
	var s scanner.Scanner
	s.Init(file, []byte(goSrc), nil, scanner.ScanComments)
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.COMMENT {
			texts = append(texts, lit)
		}
	}
	w.report(w.find(strings.Join(texts, "\n")), "its strings or comments", n, rep)
}

// outputs checks the text a code cell printed.
func (w *wordCheck) outputs(c map[string]any, n int, rep *lintReport) {
	if magic, _ := splitCell(source(c)); hasShell(magic) {
		return
	}
	printed, _ := printedText(c)
	out := libraryRE.ReplaceAllString(printed, "")
	w.report(w.find(out), "its printed text", n, rep)
}

// hasShell says whether GoNB lines include a shell command.
func hasShell(magic []magicLine) bool {
	for _, m := range magic {
		if strings.HasPrefix(m.text, "!") {
			return true
		}
	}
	return false
}
