"""The meetings service's own tables (bookings, read models, to-do lists) and the queries over them."""
