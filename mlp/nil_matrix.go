package mlp

import (
	"reflect"

	"gonum.org/v1/gonum/mat"
)

// nilMatrix reports whether m is nil or holds a nil pointer: a nil
// interface, a typed nil such as (*mat.Dense)(nil) (a Dataset whose Y was
// forgotten), or the transpose of one. gonum dereferences such a matrix on
// the first call to Dims, so every function that takes a matrix asks this
// first and returns an error naming the matrix instead.
func nilMatrix(m mat.Matrix) bool {
	if m == nil {
		return true
	}
	if t, ok := m.(mat.Transpose); ok {
		return nilMatrix(t.Matrix)
	}
	v := reflect.ValueOf(m)
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return v.IsNil()
	}
	return false
}
