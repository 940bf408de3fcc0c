// Package lang reads the course's language setting: the environment
// variable GOMLP_LANG, which the Spanish notebooks set in their first cell
// (%env GOMLP_LANG es). The packages that write words of their own (mlp,
// plots, check, lab, the exercises' explore) each keep their words per
// language and ask this package which to use, so the rule is written once.
package lang

import (
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
)

// Env is the environment variable that names the language.
const Env = "GOMLP_LANG"

// Editions are the languages the course is written in.
var Editions = []string{"en", "es"}

// Current returns the language GOMLP_LANG names: "en" (also when it is unset
// or empty) or "es". Any other value is a mistake in a notebook's first cell
// or in the environment, and panics with a message that starts with pkg
// ("plots: GOMLP_LANG is "fr", want "en" or "es""), rather than let a
// package write in a language nobody chose.
func Current(pkg string) string {
	l := os.Getenv(Env)
	if l == "" {
		return "en"
	}
	for _, e := range Editions {
		if l == e {
			return l
		}
	}
	panic(fmt.Sprintf("%s: %s is %q, want \"en\" or \"es\"", pkg, Env, l))
}

// verbRE matches a fmt verb such as %d or %.3g.
var verbRE = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?(\d+|\*)?(\.(\d+|\*)?)?[a-zA-Z%]`)

// Verbs returns the fmt verbs of a format, in order. A package's words in
// every language must have the English one's verbs in the same order, so
// that both editions print the same numbers in the same places (each
// package's tests check its vocabulary with it).
func Verbs(format string) []string { return verbRE.FindAllString(format, -1) }

// CheckWords returns what is wrong with a package's words, one line each:
// an edition without a vocabulary, a word left empty, or a word whose fmt
// verbs differ from the English one's (Verbs). V is the package's
// vocabulary, a struct of string fields, one per word. Each package's tests
// report these lines.
func CheckWords[V any](vocabularies map[string]*V) []string {
	var problems []string
	en, ok := vocabularies["en"]
	if !ok {
		return []string{"no English vocabulary"}
	}
	ev := reflect.ValueOf(*en)
	for _, l := range Editions {
		v, ok := vocabularies[l]
		if !ok {
			problems = append(problems, fmt.Sprintf("no vocabulary for %q", l))
			continue
		}
		rv := reflect.ValueOf(*v)
		for i := range rv.NumField() {
			name := rv.Type().Field(i).Name
			got, want := rv.Field(i).String(), ev.Field(i).String()
			if got == "" {
				problems = append(problems, fmt.Sprintf("%s: %s has no word", l, name))
			} else if g, w := Verbs(got), Verbs(want); !slices.Equal(g, w) {
				problems = append(problems, fmt.Sprintf("%s: %s is %q with verbs %q, English %q has %q",
					l, name, got, g, want, w))
			}
		}
	}
	return problems
}
