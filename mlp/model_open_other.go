//go:build !(unix || windows)

package mlp

import "os"

// modelOpenFlags: this system has no O_NONBLOCK; LoadFile's Stat before
// opening still refuses a named pipe.
const modelOpenFlags = os.O_RDONLY
