package mlp

import (
	"errors"
	"fmt"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// The errors a correct program can meet, for errors.Is. Train's data
// checks wrap ErrNonFinite, ErrShape or ErrTargets, Load's format checks
// ErrCorruptModel; ErrDiverged and ErrStop are in train.go.
var (
	// ErrNonFinite is wrapped by the error of data that hold NaN or ±Inf
	// (Train's data sets; a network Save would write with such weights).
	ErrNonFinite = errors.New("mlp: NaN or ±Inf where a finite number is wanted")
	// ErrShape is wrapped by Train's error when a data set does not fit the
	// network: no X or Y, rows that differ, columns other than n_0 or K,
	// labels that do not match the examples, or too many examples.
	ErrShape = errors.New("mlp: the data do not fit the network")
	// ErrTargets is wrapped by Train's error when targets do not fit the
	// loss: outside [0, 1] for ECB and ECC, rows that do not sum to 1 for
	// ECC.
	ErrTargets = errors.New("mlp: the targets do not fit the loss")
	// ErrCorruptModel is wrapped by Load's error when the text is not a
	// model that Save wrote (not JSON, truncated, another format, a newer
	// version, unknown names, numbers that do not fit the sizes).
	ErrCorruptModel = errors.New("mlp: not a model file written by Save")
)

// panicf panics with the message "mlp: " + the formatted text: a caller's
// bug (see the package doc), reported before gonum could panic.
func panicf(format string, args ...any) {
	panic(fmt.Sprintf("mlp: "+format, args...))
}

// mustMatrix panics unless m is a non-empty matrix of finite numbers and
// returns its shape; fn names the function called, name the argument
// ("X", "Y", …).
func mustMatrix(fn, name string, m mat.Matrix) (r, c int) {
	if validate.Nil(m) {
		panicf("%s: %s is nil", fn, name)
	}
	r, c = m.Dims()
	if validate.Empty(m) {
		panicf("%s: %s is empty (%s)", fn, name, validate.Dims(r, c))
	}
	if i, j, found := validate.MatrixNonFinite(m); found {
		panicf("%s: %s[%d,%d] is %v, want a finite number", fn, name, i, j, m.At(i, j))
	}
	return r, c
}

// mustFinite panics unless v is a finite number; what names it.
func mustFinite(fn, what string, v float64) {
	if !validate.Finite(v) {
		panicf("%s: %s = %v, want a finite number", fn, what, v)
	}
}

// shortSizes formats sizes as fmt does, [784 30 10], a long list shortened
// (validate.Short): a message stays one line.
func shortSizes(sizes []int) string { return validate.Short(sizes, "sizes") }
