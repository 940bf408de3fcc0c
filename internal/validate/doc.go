// Package validate holds the checks that the course's packages (mlp, data,
// plots, check, lab) make on what they are given, written once: nil values
// (a typed nil too), finite numbers (the first bad index), sizes against a
// limit before anything is allocated, shapes for messages, a NaN-safe
// tolerance, short lists in messages, and errors that wrap a package's
// sentinel.
//
// It only answers questions and formats; what to do with the answer (return
// an error, panic with a package-prefixed message) is the caller's, by the
// rule its package doc states.
package validate
