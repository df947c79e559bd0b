// Command api answers the shop's health check; a stand-in for the real service.
package main

import (
	"fmt"
	"net/http"
)

var version = "dev"

func main() {
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "ok %s\n", version)
	})
	if err := http.ListenAndServe(":8443", nil); err != nil {
		panic(err)
	}
}
