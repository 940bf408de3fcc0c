// Package explore runs an exercise notebook's cells: while a function of
// the exercise is still a stub, a cell says which one to write and stops
// cleanly instead of printing a stack trace.
//
//	%%
//	explore.Run("threshold", func() error {
//		… call the student's functions, draw with plots …
//		return nil
//	})
package explore

import (
	"fmt"
	"strings"
)

// Run runs cell and recovers the panic of a stub, "not implemented: F",
// printing "implement F in exercises/<exercise>/<exercise>.go", and reports
// whether the cell ran to its end. Any other panic goes on (a bug in the
// student's code shows its stack trace), and so does an error the cell
// returns, as a panic naming it.
func Run(exercise string, cell func() error) (ok bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		ok = false
		if s, isString := r.(string); isString && strings.HasPrefix(s, "not implemented: ") {
			fn := strings.TrimPrefix(s, "not implemented: ")
			fmt.Printf("✗ implement %s in exercises/%s/%s.go, then run this notebook again\n", fn, exercise, exercise)
			return
		}
		panic(r)
	}()
	if err := cell(); err != nil {
		panic(fmt.Sprintf("exercise %s: %v", exercise, err))
	}
	return true
}
