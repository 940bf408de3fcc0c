package lab

import "fmt"

// panicf panics with the message "lab: " + the formatted text: a caller's
// bug (see the package doc).
func panicf(format string, args ...any) {
	panic(fmt.Sprintf("lab: "+format, args...))
}
