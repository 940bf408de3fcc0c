package validate

import "fmt"

// Errorf returns the error fmt.Errorf(format, args...) that also matches
// sentinel under errors.Is, without repeating sentinel's text in the
// message: the message names the problem and where it is ("mlp: X[3,1] is
// NaN, want a finite number"), the sentinel says which kind it is
// (mlp.ErrNonFinite). A %w in format still wraps its argument.
func Errorf(sentinel error, format string, args ...any) error {
	return &sentinelError{err: fmt.Errorf(format, args...), sentinel: sentinel}
}

// sentinelError is an error message together with the sentinel it matches.
type sentinelError struct {
	err      error
	sentinel error
}

func (e *sentinelError) Error() string   { return e.err.Error() }
func (e *sentinelError) Unwrap() []error { return []error{e.sentinel, e.err} }
