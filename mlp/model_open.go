//go:build unix || windows

package mlp

import (
	"os"
	"syscall"
)

// modelOpenFlags opens a model file without blocking: opening a named pipe
// (FIFO) for reading would otherwise wait for a writer. O_NONBLOCK changes
// nothing for a regular file.
const modelOpenFlags = os.O_RDONLY | syscall.O_NONBLOCK
