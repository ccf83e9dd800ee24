//! Front matter: split a content file, parse its block, edit it losslessly.
