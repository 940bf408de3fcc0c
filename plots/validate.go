package plots

import (
	"reflect"

	"gonum.org/v1/gonum/mat"
)

// Checks shared by the plot constructors and the renderers: what gonum/plot
// cannot draw is an error here rather than a panic, a hang or a blank frame
// inside gonum.

// nilMatrix reports whether m is nil or holds a nil pointer: a nil
// interface, a typed nil such as (*mat.Dense)(nil), or the transpose of one
// (gonum dereferences it on the first call to Dims).
func nilMatrix(m mat.Matrix) bool {
	if m == nil {
		return true
	}
	if t, ok := m.(mat.Transpose); ok {
		return nilMatrix(t.Matrix)
	}
	return isNil(m)
}

// isNil reports whether v is nil or a nil pointer, map, slice or function
// inside an interface (a typed nil).
func isNil(v any) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return r.IsNil()
	}
	return false
}
