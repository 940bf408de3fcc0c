// Package explore runs an exercise notebook's cells: while a function of
// the exercise is still a stub, a cell says which one to write and stops
// cleanly instead of printing a stack trace.
//
//	%%
//	explore.Run("threshold", func() error {
//		… call the student's functions, draw with plots …
//		return nil
//	})
//
// What it prints follows the environment variable GOMLP_LANG, as in
// packages check and plots: "en" or unset for English, "es" for Spanish
// (the Spanish twin of an exercise notebook, exercises/X/X.es.ipynb, sets
// it in its first cell). Any other value panics, naming it.
package explore

import (
	"fmt"
	"strings"

	"gomlp.dev/internal/lang"
)

// messages are the two lines Run writes, per language: the stub's (the
// function, then the exercise) and the panic for a cell's error (the
// exercise, then the error). The Spanish line names the package rather than
// the file: a path (exercises/…/….go) holds English words, which nbrun lint
// refuses in a Spanish notebook's printed text; the notebook names the file.
var messages = map[string][2]string{
	"en": {
		"✗ implement %[1]s in exercises/%[2]s/%[2]s.go, then run this notebook again\n",
		"exercise %s: %v",
	},
	"es": {
		"✗ escribe la función %[1]s de tu paquete %[2]s y vuelve a ejecutar este cuaderno\n",
		"ejercicio %s: %v",
	},
}

// words returns the messages of the language GOMLP_LANG names
// (internal/lang); any other value panics naming it.
func words() [2]string { return messages[lang.Current("explore")] }

// Run runs cell and recovers the panic of a stub, "not implemented: F",
// printing "implement F in exercises/<exercise>/<exercise>.go", and reports
// whether the cell ran to its end. Any other panic goes on (a bug in the
// student's code shows its stack trace), and so does an error the cell
// returns, as a panic naming it.
func Run(exercise string, cell func() error) (ok bool) {
	msg := words()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		ok = false
		if s, isString := r.(string); isString && strings.HasPrefix(s, "not implemented: ") {
			fn := strings.TrimPrefix(s, "not implemented: ")
			fmt.Printf(msg[0], fn, exercise)
			return
		}
		panic(r)
	}()
	if err := cell(); err != nil {
		panic(fmt.Sprintf(msg[1], exercise, err))
	}
	return true
}
