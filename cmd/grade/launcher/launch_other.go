//go:build !linux

package main

import "errors"

func launch([]string) error { return errors.New("resource limits are set on Linux only") }
