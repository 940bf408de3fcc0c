package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"slices"
	"strings"
)

// A translated code cell is its twin's program: the same GoNB lines
// (%%, %env, !…, compared literally: they are commands, not text), and the
// same Go tokens as go/scanner reads them, automatic semicolons included,
// except that string literals and comments may differ. Three things inside
// strings still must not: an import path, and a string's fmt verbs (%d,
// %.3f, in order), which decide what numbers the cell prints.

// goToken is one token of a cell, with the cell line it starts on.
type goToken struct {
	tok      token.Token
	lit      string
	line     int
	imported bool // a string in an import declaration
}

// text is how a token is named in a report.
func (t goToken) text() string {
	switch {
	case t.tok == token.SEMICOLON && t.lit == "\n":
		return "end of line"
	case t.lit != "":
		return t.lit
	}
	return t.tok.String()
}

// magicLine is a line GoNB runs itself: it starts with % or ! (after an
// optional //gonb: prefix), and a line ending in \ continues it.
type magicLine struct {
	text string
	line int
}

// splitCell separates a cell's GoNB lines from its Go code; the Go code
// keeps an empty line in place of each GoNB line, so line numbers hold.
func splitCell(src string) (magic []magicLine, goSrc string) {
	lines := strings.Split(src, "\n")
	cont := false
	for i, l := range lines {
		trimmed := strings.TrimPrefix(l, "//gonb:")
		if cont || len(trimmed) > 1 && (trimmed[0] == '%' || trimmed[0] == '!') {
			magic = append(magic, magicLine{strings.TrimRight(trimmed, " \t"), i + 1})
			cont = strings.HasSuffix(trimmed, `\`)
			lines[i] = ""
			continue
		}
	}
	return magic, strings.Join(lines, "\n")
}

// goTokens scans Go source (comments skipped) into tokens; the scanner's
// complaints about malformed text become ILLEGAL tokens, which then
// compare literally.
func goTokens(src string) []goToken {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	var out []goToken
	inImport, depth := false, 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		t := goToken{tok: tok, lit: lit, line: fset.Position(pos).Line}
		switch {
		case tok == token.IMPORT:
			inImport, depth = true, 0
		case inImport && tok == token.LPAREN:
			depth++
		case inImport && tok == token.RPAREN:
			depth--
			inImport = depth > 0
		case inImport && tok == token.STRING:
			t.imported = true
			inImport = depth > 0
		}
		out = append(out, t)
	}
	return out
}

// verbRE matches a fmt verb: %d, %6.3f, %-8s, %[2]v, %%.
var verbRE = regexp.MustCompile(`%[-+#0]*(\[\d+\])?(\d+|\*)?(\.(\d+|\*)?)?[a-zA-Z%]`)

// compareCode returns how a translated code cell's program differs from
// its twin's ("line 3: …"), or "".
func compareCode(src, enSrc string) string {
	magic, goSrc := splitCell(src)
	enMagic, enGo := splitCell(enSrc)
	for i := 0; i < len(magic) || i < len(enMagic); i++ {
		switch {
		case i >= len(magic):
			return fmt.Sprintf("has no GoNB line for the English line %d %q (GoNB and shell lines are copied as they are)",
				enMagic[i].line, enMagic[i].text)
		case i >= len(enMagic):
			return fmt.Sprintf("line %d: GoNB line %q, which the English cell has not (GoNB and shell lines are copied as they are)",
				magic[i].line, magic[i].text)
		case magic[i].text != enMagic[i].text:
			return fmt.Sprintf("line %d: GoNB line %q, the English line %d is %q (GoNB and shell lines are copied as they are)",
				magic[i].line, magic[i].text, enMagic[i].line, enMagic[i].text)
		}
	}
	toks, enToks := goTokens(goSrc), goTokens(enGo)
	for i := 0; i < len(toks) || i < len(enToks); i++ {
		if i >= len(toks) {
			return fmt.Sprintf("ends where the English cell goes on with %q (line %d): the Go code must be the same",
				enToks[i].text(), enToks[i].line)
		}
		if i >= len(enToks) {
			return fmt.Sprintf("line %d: %q after the end of the English cell's code: the Go code must be the same",
				toks[i].line, toks[i].text())
		}
		if msg := compareToken(toks[i], enToks[i]); msg != "" {
			return msg
		}
	}
	return ""
}

// compareToken compares one token of a translation with its twin's.
func compareToken(t, e goToken) string {
	where := fmt.Sprintf("line %d: %q where the English line %d has %q", t.line, t.text(), e.line, e.text())
	if t.tok != e.tok {
		return where + ": the Go code must be the same (only strings and comments are translated)"
	}
	switch {
	case t.tok == token.SEMICOLON:
		return "" // ";" or an automatic one at a line end: the same token
	case t.tok != token.STRING:
		if t.lit != e.lit {
			return where + ": the Go code must be the same (only strings and comments are translated)"
		}
	case t.imported || e.imported:
		if t.lit != e.lit {
			return where + ": an import path stays as it is"
		}
	default:
		if v, ev := verbRE.FindAllString(t.lit, -1), verbRE.FindAllString(e.lit, -1); !slices.Equal(v, ev) {
			return fmt.Sprintf("line %d: the string %s has the fmt verbs %q, the English %s on line %d has %q: "+
				"a translated format keeps its verbs, in order", t.line, clip(t.lit), v, clip(e.lit), e.line, ev)
		}
	}
	return ""
}

// clip shortens a long literal for a report.
func clip(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:47]) + "..."
	}
	return s
}
