package validate

import (
	"reflect"

	"gonum.org/v1/gonum/mat"
)

// Nil reports whether v is nil or holds a nil pointer, map, slice, channel,
// function or interface (a typed nil such as (*mat.Dense)(nil): a Dataset
// whose Y was forgotten), or is the transpose of such a matrix. gonum
// dereferences a nil matrix on its first call to Dims, so a function that
// takes a matrix asks this first.
func Nil(v any) bool {
	if v == nil {
		return true
	}
	if t, ok := v.(mat.Transpose); ok {
		return Nil(t.Matrix)
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return r.IsNil()
	}
	return false
}

// Empty reports whether the matrix m (not nil) has no rows or no columns.
func Empty(m mat.Matrix) bool {
	if e, ok := m.(interface{ IsEmpty() bool }); ok && e.IsEmpty() {
		return true
	}
	r, c := m.Dims()
	return r == 0 || c == 0
}
