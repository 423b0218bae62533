"""HTTP routes of the meetings service: translate a request into a handler call, and back."""
