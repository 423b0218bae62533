"""What the projection does with each event, and the questions it answers from them."""
